#include "period_release.h"

#include "custodian/custodian_release.h"
#include "exchange/envelope.h"
#include "kept_periods.h"
#include "services/custodian_desk.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace kw {

namespace {

/** "2026-2027/1of6", release 2 → "2026-2027-1of6-2": how the demo school names its files. */
QString fileStem(const QString& period, int number)
{
    return QStringLiteral("%1-%2")
        .arg(QString(period).replace(QLatin1Char('/'), QLatin1Char('-')))
        .arg(number);
}

QUrl suggested(const QString& stem, const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(stem + suffix));
}

} // namespace

PeriodRelease::PeriodRelease(QObject* parent)
    : QObject(parent)
    , m_cells(new PreviewCellModel(this))
{ }

PeriodRelease::~PeriodRelease() = default;

void PeriodRelease::setDesk(CustodianDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &PeriodRelease::refresh);
    emit deskChanged();
    refresh();
}

void PeriodRelease::setPeriod(const QString& period)
{
    if (period == m_period && m_periodChosen)
        return;
    m_period = period;
    m_periodChosen = true;
    refresh();
}

bool PeriodRelease::canCheck() const
{
    return m_preview && m_preview->awaitingCheck > 0 && m_preview->publishesAnything;
}

QString PeriodRelease::releaseBlockedText() const
{
    if (!m_preview)
        return m_noPreview;
    if (!m_preview->publishesAnything)
        return tr("These contributions are too few to release any figure yet: nothing can be "
                  "released. They wait until more colleagues have sent their file.");
    if (!m_preview->checked())
        return tr("HR has not checked %1 of the %2 contributions yet. First send HR the check "
                  "request and read HR's answer; then you can release.")
            .arg(m_preview->awaitingCheck)
            .arg(m_preview->contributions);
    if (!m_desk || !m_desk->key() || !m_desk->key()->unlocked())
        return tr("Unlock the custodian's key first (under Keys): the release is signed with it.");
    return {};
}

QUrl PeriodRelease::suggestedCheckFile() const
{
    return m_preview
        ? suggested(fileStem(m_period, m_preview->releaseNumber), QStringLiteral(".kwcontrole"))
        : QUrl();
}

QUrl PeriodRelease::suggestedReleaseFile() const
{
    return m_preview
        ? suggested(fileStem(m_period, m_preview->releaseNumber), QStringLiteral(".kwvrijgave"))
        : QUrl();
}

void PeriodRelease::refresh()
{
    m_draft.reset();
    m_preview.reset();
    m_noPreview.clear();
    m_periods.clear();
    m_releases.clear();
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    const auto done = [this] {
        m_cells->reset(m_preview ? m_preview->cells : QList<custodian::PreviewCell> {});
        emit refreshed();
    };
    if (!store) {
        m_noPreview = m_desk
            ? tr("The custodian's database cannot be opened: %1").arg(m_desk->openError())
            : QString();
        return done();
    }
    auto periods = keptPeriods(*store);
    if (!periods) {
        m_noPreview = periods.error().message;
        return done();
    }
    m_periods = *periods;
    QStringList known;
    for (const QVariant& p : std::as_const(m_periods))
        known << p.toMap().value(QStringLiteral("period")).toString();
    if (known.isEmpty()) {
        m_period.clear();
        m_noPreview = tr("No contributions yet. Import the teachers' files in the Inbox first.");
        return done();
    }
    if (!m_periodChosen || !known.contains(m_period))
        m_period = known.first();

    auto releases = store->releases(m_period);
    if (!releases) {
        m_noPreview = releases.error().message;
        return done();
    }
    for (const custodian::ReleaseRecord& r : std::as_const(*releases))
        m_releases << QVariantMap { { QStringLiteral("number"), r.number },
            { QStringLiteral("made"),
                QLocale().toString(r.made.toLocalTime(), QLocale::ShortFormat) },
            { QStringLiteral("contributions"), r.members } };

    auto draft = custodian::draftPeriodRelease(*store, m_period, m_desk->clock().today());
    if (!draft) {
        m_noPreview = draft.error().message;
        return done();
    }
    auto preview = custodian::previewPeriodRelease(*store, *draft);
    if (!preview) {
        m_noPreview = preview.error().message;
        return done();
    }
    m_draft = std::move(*draft);
    m_preview = std::move(*preview);
    done();
}

bool PeriodRelease::fail(const QString& message)
{
    m_message.clear();
    m_error = message;
    emit messageChanged();
    return false;
}

void PeriodRelease::succeed(const QString& message)
{
    m_message = message;
    m_error.clear();
    emit messageChanged();
}

const exchange::KeySet* PeriodRelease::unlockedKeys()
{
    return m_desk && m_desk->key() ? m_desk->key()->keys() : nullptr;
}

bool PeriodRelease::writeCheckRequest(const QUrl& file)
{
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store || !m_draft)
        return fail(m_noPreview);
    const exchange::KeySet* keys = unlockedKeys();
    if (!keys)
        return fail(tr("Unlock the custodian's key first (under Keys): the check request is "
                       "signed with it."));
    const QString path = file.toLocalFile();
    if (Status s = custodian::writeCheckRequest(*store, *keys, *m_draft, path); !s)
        return fail(s.error().message);
    succeed(tr("Saved %1: HR's check of %2 contributions of %3. Send it to HR; HR answers with "
               "a .kwuitslag file, which you read here.")
                .arg(QDir::toNativeSeparators(path))
                .arg(m_draft->toCheck.size())
                .arg(m_period));
    return true;
}

bool PeriodRelease::readCheckAnswers(const QList<QUrl>& files)
{
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_noPreview);
    if (files.isEmpty())
        return fail(tr("No answer was chosen."));
    QStringList recordedLines;
    QStringList refusedLines;
    for (const QUrl& url : files) {
        const QString path = url.toLocalFile();
        const QString name = QFileInfo(path).fileName();
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_CHECK_ANSWER));
        auto recorded = bytes ? custodian::recordCheckAnswer(*store, *bytes)
                              : Result<custodian::RecordedAnswer>(bytes.error());
        if (!recorded) {
            refusedLines << tr("%1 was not read: %2").arg(name, recorded.error().message);
            continue;
        }
        recordedLines << tr("%1: HR's answer for %2 recorded: %3 contributions check out, %4 "
                            "refused (left out until the teacher sends the file again).")
                             .arg(name, recorded->period)
                             .arg(recorded->valid)
                             .arg(recorded->refused);
    }
    if (!recordedLines.isEmpty())
        m_desk->notifyChanged();
    if (!refusedLines.isEmpty()) {
        m_message = recordedLines.join(QLatin1Char('\n'));
        m_error = refusedLines.join(QLatin1Char('\n'));
        emit messageChanged();
        return false;
    }
    succeed(recordedLines.join(QLatin1Char('\n')));
    return true;
}

bool PeriodRelease::release(const QUrl& file)
{
    custodian::CustodianStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store || !m_draft)
        return fail(m_noPreview);
    const exchange::KeySet* keys = unlockedKeys();
    if (!keys)
        return fail(tr("Unlock the custodian's key first (under Keys): the release is signed "
                       "with it."));
    const QString path = file.toLocalFile();
    const int number = m_draft->draft.release.releaseNumber;
    if (Status s = custodian::writePeriodRelease(*store, *keys, *m_draft, path); !s)
        return fail(s.error().message);
    succeed(tr("Saved %1: release %2 of %3. Send it to HR. Teachers' files that arrive from "
               "now on wait for a re-release.")
                .arg(QDir::toNativeSeparators(path))
                .arg(number)
                .arg(m_period));
    m_desk->notifyChanged();
    return true;
}

} // namespace kw
