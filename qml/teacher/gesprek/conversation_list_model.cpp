#include "teacher/gesprek/conversation_list_model.h"

#include "conversation/teacher_conversations.h"
#include "services/journal_binding.h"

namespace kw {

namespace cv = conversation;

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ConversationListModel::setJournal(JournalService* journal)
{
    followJournal(this, m_journal, journal, &ConversationListModel::journalChanged,
        &ConversationListModel::refresh);
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return r.id;
    case PlannedOnRole:
        return r.plannedOn;
    case LeaderNameRole:
        return r.leaderName;
    case StateRole:
        return r.state;
    case RevisionRole:
        return r.revision;
    case AgreementsRole:
        return r.agreements;
    case OpenAgreementsRole:
        return r.openAgreements;
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return { { ConversationIdRole, "conversationId" }, { PlannedOnRole, "plannedOn" },
        { LeaderNameRole, "leaderName" }, { StateRole, "status" }, { RevisionRole, "revision" },
        { AgreementsRole, "agreements" }, { OpenAgreementsRole, "openAgreements" } };
}

int ConversationListModel::toAnswer() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row& r) { return r.state == QLatin1String("held"); }));
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString ConversationListModel::firstWithVerslag() const
{
    for (const char* state : { "held", "closed" })
        for (const Row& r : m_rows)
            if (r.state == QLatin1String(state))
                return r.id;
    return {};
}

void ConversationListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_draftState = QStringLiteral("none");
    m_draftPlannedOn.clear();
    m_draftId.clear();
    if (m_journal && m_journal->session()) {
        cv::TeacherConversations conversations(*m_journal->session());
        cv::TeacherConversationStore& store = conversations.store();
        auto all = store.conversations();
        if (!all)
            m_error = all.error().message;
        for (const cv::TeacherConversationRecord& c :
            all ? *all : QList<cv::TeacherConversationRecord>()) {
            Row row { QString::fromLatin1(c.id.toHex()), c.plannedOn.toString(Qt::ISODate), {},
                cv::teacherStateId(c.state()), int(c.preparationRevision) };
            cv::v1::Preparation body;
            if (body.ParseFromArray(c.preparationBody.constData(), int(c.preparationBody.size())))
                row.leaderName = QString::fromStdString(body.ref().leader().name());
            cv::v1::Verslag verslag;
            if (!c.verslagBody.isEmpty()
                && verslag.ParseFromArray(c.verslagBody.constData(), int(c.verslagBody.size())))
                row.agreements = verslag.agreements_size();
            if (auto links = store.agreementLinks(c.id); links)
                row.openAgreements = int(std::count_if(links->cbegin(), links->cend(),
                    [](const cv::AgreementLink& l) { return l.isOpen(); }));
            m_rows << row;
        }
        auto draft = store.draft();
        if (!draft) {
            m_error = draft.error().message;
        } else if (draft->has_value()) {
            const cv::PreparationDraft& d = **draft;
            m_draftId = QString::fromLatin1(d.conversationId.toHex());
            m_draftPlannedOn = d.plannedOn.toString(Qt::ISODate);
            std::optional<cv::TeacherConversationRecord> record;
            for (const cv::TeacherConversationRecord& c :
                all ? *all : QList<cv::TeacherConversationRecord>()) {
                if (c.id == d.conversationId)
                    record = c;
            }
            m_draftState = cv::draftStateId(record);
        }
    } else if (m_journal) {
        m_error = m_journal->openError();
    }
    endResetModel();
    emit loaded();
}

} // namespace kw
