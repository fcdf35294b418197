#include "teacher/gesprek/preparation_preview_model.h"

#include "conversation/teacher_conversations.h"
#include "exchange/envelope.h"
#include "services/journal_binding.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kw {

namespace cv = conversation;

namespace {

QStringList strings(const google::protobuf::RepeatedPtrField<std::string>& list)
{
    QStringList out;
    for (const std::string& s : list)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

PreparationPreviewModel::PreparationPreviewModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void PreparationPreviewModel::setJournal(JournalService* journal)
{
    followJournal(this, m_journal, journal, &PreparationPreviewModel::journalChanged,
        &PreparationPreviewModel::refresh);
}

int PreparationPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PreparationPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case PartRole:
        return r.part;
    case SectionRole:
        return r.section;
    case SourceRole:
        return r.source;
    case TitleRole:
        return r.title;
    case TextRole:
        return r.text;
    case DayRole:
        return r.day;
    case ValueIdsRole:
        return r.valueIds;
    }
    return {};
}

QHash<int, QByteArray> PreparationPreviewModel::roleNames() const
{
    return { { PartRole, "part" }, { SectionRole, "section" }, { SourceRole, "source" },
        { TitleRole, "title" }, { TextRole, "text" }, { DayRole, "day" },
        { ValueIdsRole, "valueIds" } };
}

QString PreparationPreviewModel::leaderName() const
{
    return m_body ? QString::fromStdString(m_body->ref().leader().name()) : QString();
}

QString PreparationPreviewModel::teacherName() const
{
    return m_body ? QString::fromStdString(m_body->ref().teacher().name()) : QString();
}

QString PreparationPreviewModel::plannedOn() const
{
    return m_body ? QString::fromStdString(m_body->planned_on()) : QString();
}

QUrl PreparationPreviewModel::suggestedFile() const
{
    const QString day = plannedOn().isEmpty() ? QStringLiteral("concept") : plannedOn();
    return QUrl::fromLocalFile(
        QDir(JournalService::exportFolder())
            .filePath(QStringLiteral("waarderingsgesprek-%1.kwgesprek").arg(day)));
}

void PreparationPreviewModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_body.reset();
    m_planError.clear();
    m_newRevision = true;
    m_sentBefore = false;
    if (m_journal && m_journal->session()) {
        cv::TeacherConversations conversations(*m_journal->session());
        auto draft = conversations.currentDraft();
        auto planned
            = draft ? conversations.plan(*draft) : Result<cv::PlannedPreparation>(draft.error());
        if (planned) {
            m_body = planned->body;
            m_newRevision = planned->newRevision;
            m_sentBefore = planned->existing.has_value();
        } else {
            m_planError = planned.error().message;
        }
    } else if (m_journal) {
        m_planError = m_journal->openError();
    }
    if (m_body) {
        // Grouped per part in the agenda's order, each part's items as the body has them.
        for (const cv::v1::AgendaPart part : cv::agendaParts()) {
            for (const cv::v1::AgendaItem& item : m_body->items()) {
                if (item.part() != part)
                    continue;
                m_rows << Row { int(part), cv::agendaPartName(part),
                    cv::agendaSourceId(item.source()), QString::fromStdString(item.title()),
                    QString::fromStdString(item.text()), QString::fromStdString(item.day()),
                    strings(item.kernwaarde_ids()) };
            }
        }
        for (const cv::v1::WellbeingSeries& series : m_body->wellbeing().series()) {
            QStringList scores;
            for (const cv::v1::WellbeingPoint& p : series.points())
                scores << QStringLiteral("%1: %2").arg(
                    QLocale().toString(
                        QDate::fromString(QString::fromStdString(p.period_start()), Qt::ISODate),
                        QStringLiteral("d MMM yyyy")),
                    QLocale().toString(p.score(), 'f', 0));
            m_rows << Row { 0, tr("Wellbeing (health data)"), QStringLiteral("wellbeing"),
                QString::fromStdString(series.name()), scores.join(QLatin1Char('\n')), {}, {} };
        }
    }
    endResetModel();
    emit refreshed();
    emit errorTextChanged();
}

bool PreparationPreviewModel::sendTo(const QUrl& file)
{
    m_written.clear();
    m_error.clear();
    const auto done = [this](bool ok) {
        emit finished();
        emit errorTextChanged();
        return ok;
    };
    if (!m_journal || !m_journal->session() || !m_body) {
        m_error = m_planError.isEmpty() ? tr("There is nothing to send.") : m_planError;
        return done(false);
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (const QString problem = m_journal->exportTargetProblem(path); !problem.isEmpty()) {
        m_error = problem;
        return done(false);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("The folder %1 cannot be made. Choose another place.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return done(false);
    }
    cv::TeacherConversations conversations(*m_journal->session());
    auto draft = conversations.currentDraft();
    if (!draft) {
        m_error = draft.error().message;
        return done(false);
    }
    auto sent = conversations.sendPreparation(*draft);
    if (!sent) {
        m_error = sent.error().message;
        return done(false);
    }
    if (Status s = exchange::writeFileAtomically(path, sent->file); !s) {
        m_error = tr("%1 Your preparation is kept: send it again to write the file.")
                      .arg(s.error().message);
        m_journal->notifyChanged();
        return done(false);
    }
    m_written = QDir::toNativeSeparators(path);
    m_journal->notifyChanged(); // the conversation list shows it sent; this preview refreshes
    return done(true);
}

} // namespace kw
