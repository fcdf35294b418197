#include "inbox_import.h"

#include "kept_periods.h"
#include "services/custodian_desk.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kw {

namespace {

/** How often the worker hands progress to the page: often enough to move, rarely enough not
 * to flood the event loop with a large folder. */
constexpr qint64 kProgressEveryMs = 40;

} // namespace

InboxImport::InboxImport(QObject* parent)
    : QObject(parent)
    , m_outcomes(new ImportOutcomeModel(this))
    , m_files(new OutcomeFilterModel(m_outcomes, this))
{ }

InboxImport::~InboxImport()
{
    if (m_thread) {
        *m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void InboxImport::setDesk(CustodianDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &InboxImport::readPeriods);
    emit deskChanged();
    readPeriods();
}

void InboxImport::readPeriods()
{
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    auto periods = store ? keptPeriods(*store) : Result<QVariantList>(QVariantList {});
    m_periods = periods ? *periods : QVariantList {};
    emit periodsChanged();
}

QVariantList InboxImport::filters() const
{
    const auto chip = [](const QString& key, const QString& label, int count) {
        return QVariantMap { { QStringLiteral("key"), key }, { QStringLiteral("label"), label },
            { QStringLiteral("count"), count } };
    };
    QVariantList out { chip(QStringLiteral("all"), tr("All"), m_summary.counts.total()),
        chip(QStringLiteral("accepted"), tr("Kept"), accepted()),
        chip(QStringLiteral("refused"), tr("Not kept"), refused()) };
    for (int i = 0; i < custodian::kImportOutcomeCount; ++i) {
        const auto outcome = custodian::ImportOutcome(i);
        if (const int n = m_summary.counts[outcome])
            out << chip(custodian::outcomeId(outcome), custodian::outcomeName(outcome), n);
    }
    return out;
}

QString InboxImport::summaryText() const
{
    if (!m_finished)
        return {};
    const int read = m_summary.counts.total();
    if (m_summary.cancelled)
        return tr("Cancelled after %1 of %2 files. The %3 files kept until then stay kept; "
                  "choose the folder again to import the rest (files kept already are "
                  "recognised).")
            .arg(read)
            .arg(m_total)
            .arg(accepted());
    return tr("%1 files read: %2 kept, %3 not kept.").arg(read).arg(accepted()).arg(refused());
}

bool InboxImport::refuse(const QString& message)
{
    m_error = message;
    emit summaryChanged();
    return false;
}

bool InboxImport::start(const QList<QUrl>& urls)
{
    if (m_thread)
        return refuse(tr("An import is running already; wait for it or cancel it."));
    if (!m_desk)
        return refuse(tr("The custodian's desk is not available."));
    QStringList paths;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            return refuse(tr("%1 is not a file on this computer.").arg(url.toDisplayString()));
        paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return refuse(tr("No files or folders were given."));
    if (!m_desk->store())
        return refuse(tr("The custodian's database cannot be opened: %1").arg(m_desk->openError()));
    const exchange::KeySet* keys = m_desk->key() ? m_desk->key()->keys() : nullptr;
    if (!keys)
        return refuse(tr("Unlock the custodian's key first (under Keys): only it opens the "
                         "teachers' files."));

    m_outcomes->clear();
    m_summary = {};
    m_error.clear();
    m_finished = false;
    m_done = 0;
    m_total = 0;
    m_stop = std::make_shared<std::atomic_bool>(false);

    // The worker has its own connection to the database (WAL lets the pages read meanwhile)
    // and its own copy of the keys; it hands outcomes and progress back through queued calls,
    // which Qt drops if this controller is gone.
    m_thread = QThread::create([this, path = m_desk->databasePath(), &clock = m_desk->clock(),
                                   keys = *keys, paths, stop = m_stop] {
        QList<custodian::FileOutcome> pending;
        QElapsedTimer sinceLast;
        sinceLast.start();
        const auto handOn = [&](qsizetype done, qsizetype total) {
            QMetaObject::invokeMethod(
                this,
                [this, files = std::exchange(pending, {}), done = int(done), total = int(total)] {
                    receive(files, done, total);
                },
                Qt::QueuedConnection);
            sinceLast.restart();
        };
        qsizetype lastDone = 0;
        qsizetype lastTotal = 0;
        sql::Database::Options existing;
        existing.create = false;
        auto store = custodian::CustodianStore::open(path, clock, existing);
        Result<custodian::ImportSummary> result
            = store ? custodian::ImportSummary {} : Result<custodian::ImportSummary>(store.error());
        if (store) {
            result = custodian::importEachFile(
                **store, keys, paths,
                [&](const custodian::FileOutcome& file) { pending.append(file); },
                [&](qsizetype done, qsizetype total) {
                    lastDone = done;
                    lastTotal = total;
                    if (sinceLast.elapsed() >= kProgressEveryMs)
                        handOn(done, total);
                    return !*stop;
                });
        }
        handOn(lastDone, lastTotal);
        QMetaObject::invokeMethod(
            this, [this, result] { end(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
    emit runningChanged();
    emit progressChanged();
    emit summaryChanged();
    return true;
}

void InboxImport::cancel()
{
    if (m_stop)
        *m_stop = true;
}

void InboxImport::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void InboxImport::receive(const QList<custodian::FileOutcome>& files, int done, int total)
{
    m_outcomes->append(files);
    for (const custodian::FileOutcome& file : files) {
        m_summary.counts.add(file.outcome);
        m_summary.accepted += file.accepted ? 1 : 0;
    }
    if (done != m_done || total != m_total) {
        m_done = done;
        m_total = total;
        emit progressChanged();
    }
}

void InboxImport::end(const Result<custodian::ImportSummary>& result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (result) {
        m_summary = *result; // the same counts the outcomes added up to
    } else {
        m_error = result.error().message;
    }
    m_finished = true;
    emit runningChanged();
    emit summaryChanged();
    if (m_desk)
        m_desk->notifyChanged();
    emit ended();
}

} // namespace kw
