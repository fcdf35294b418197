#include "conversation/teacher_agreements_to_pop.h"

#include "conversation/conversation_text.h"
#include "conversation/teacher_conversation_store.h"
#include "pop/pop_store.h"
#include "pop/school_year.h"
#include "profile/school_profile.h"

namespace kw::conversation {

namespace {

QString elided(const QString& text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

QString shortWhat(const v1::Agreement& a)
{
    return elided(QString::fromStdString(a.what()).simplified(), 60);
}

} // namespace

QSet<std::string> sharedGoalRefs(const v1::Preparation& answered)
{
    QSet<std::string> refs;
    for (const v1::AgendaItem& item : answered.items()) {
        if ((item.source() == v1::AgendaItem::SOURCE_GOAL
                || item.source() == v1::AgendaItem::SOURCE_AGREEMENT)
            && !item.goal_ref().empty())
            refs.insert(item.goal_ref());
    }
    return refs;
}

qint64 sharedGoalId(const v1::Agreement& agreement, const QSet<std::string>& shared)
{
    return shared.contains(agreement.goal_ref()) ? goalIdFromRef(agreement.goal_ref()) : 0;
}

Result<PopPlan> planPopActions(const v1::Verslag& verslag, const v1::Preparation& answered,
    const QList<AgreementChoice>& choices, PopStore& pop, const SchoolProfile& profile, QDate today)
{
    PopPlan plan;
    const QSet<std::string> shared = sharedGoalRefs(answered);
    QHash<std::string, int> newGoalOfRef; // agreements naming the same missing goal share it
    for (const v1::Agreement& a : verslag.agreements()) {
        const auto choice = std::find_if(choices.cbegin(), choices.cend(),
            [&](const AgreementChoice& c) { return c.agreementId.toStdString() == a.id(); });
        if (choice == choices.cend() || !choice->agreed)
            continue;
        PopStep step;
        step.agreementId = QByteArray::fromStdString(a.id());
        step.action.title
            = elided(QString::fromStdString(a.what()).simplified(), pop_rules::maxTitleLength);
        step.action.due = QDate::fromString(QString::fromStdString(a.due()), Qt::ISODate);
        if (Status s = pop_rules::validate(step.action); !s)
            return s.error();

        // Only a goal the teacher brought to this conversation: any other goal_ref, whether
        // or not such a goal exists, becomes a new goal, so the outcome tells nothing either.
        const qint64 goalId = sharedGoalId(a, shared);
        if (goalId > 0) {
            auto goal = pop.goal(goalId);
            if (goal) {
                step.goalId = goalId;
                plan.steps << step;
                continue;
            }
            if (goal.error().code != Error::Code::NotFound)
                return goal.error();
        }
        if (!a.goal_ref().empty() && newGoalOfRef.contains(a.goal_ref())) {
            step.newGoal = newGoalOfRef.value(a.goal_ref());
            plan.steps << step;
            continue;
        }
        const Kernwaarde* value = nullptr;
        if (!choice->kernwaardeId.isEmpty()) {
            value = profile.findKernwaarde(choice->kernwaardeId);
            if (!value)
                return Error { Error::Code::InvalidInput,
                    Text::tr("\"%1\" is not a kernwaarde of your school.")
                        .arg(choice->kernwaardeId.left(60)) };
        } else {
            value = profile.kernwaarde(QString::fromStdString(a.kernwaarde_id()));
        }
        if (!value)
            return Error { Error::Code::InvalidInput,
                Text::tr("The agreement \"%1\" becomes a new goal in your POP, and a goal needs a "
                         "kernwaarde: choose the one it serves.")
                    .arg(shortWhat(a)) };
        Goal goal;
        const QString goalTitle = QString::fromStdString(a.goal_title()).simplified();
        goal.title = elided(
            goalTitle.isEmpty() ? QString::fromStdString(a.what()).simplified() : goalTitle,
            pop_rules::maxTitleLength);
        goal.valueIds = { value->id };
        goal.status = GoalStatus::Actief;
        goal.schoolYear = schoolYearOf(today);
        if (Status s = pop_rules::validate(goal, profile); !s)
            return Error { s.error().code,
                Text::tr("The agreement \"%1\" cannot become a goal: %2")
                    .arg(shortWhat(a), s.error().message) };
        step.newGoal = int(plan.newGoals.size());
        plan.newGoals << goal;
        if (!a.goal_ref().empty())
            newGoalOfRef.insert(a.goal_ref(), step.newGoal);
        plan.steps << step;
    }
    return plan;
}

Result<QList<PopChange>> applyPopPlan(sql::Database& db, const PopPlan& plan, const Clock& clock)
{
    // The same rows PopStore writes; here inside the response's one transaction.
    const qint64 now = clock.now().toMSecsSinceEpoch();
    QList<qint64> goalIds;
    for (const Goal& g : plan.newGoals) {
        if (Status s = db.run("INSERT INTO goal (title, theme_id, criteria, target_day, status, "
                              "school_year, created_ms, edited_ms) VALUES (?, NULL, '', NULL, ?, "
                              "?, ?, ?)",
                { g.title.trimmed().normalized(QString::NormalizationForm_C),
                    goalStatusId(g.status), qint64(g.schoolYear), now, now });
            !s)
            return s.error();
        goalIds << db.lastInsertId();
        if (Status s
            = db.runForEach("INSERT OR IGNORE INTO goal_value (goal_id, value_id) VALUES (?, ?)",
                goalIds.last(), g.valueIds);
            !s)
            return s.error();
    }
    QList<PopChange> changes;
    for (const PopStep& step : plan.steps) {
        const qint64 goalId = step.goalId > 0 ? step.goalId : goalIds.value(step.newGoal);
        auto stmt = db.prepare("INSERT INTO goal_action (goal_id, title, due_day, done_ms, "
                               "created_ms) VALUES (?, ?, ?, NULL, ?)");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, goalId).bind(
            2, step.action.title.trimmed().normalized(QString::NormalizationForm_C));
        step.action.due.isValid() ? stmt->bind(3, step.action.due.toString(Qt::ISODate))
                                  : stmt->bindNull(3);
        stmt->bind(4, now);
        if (Status s = stmt->run(); !s)
            return s.error();
        changes << PopChange { step.agreementId, goalId, db.lastInsertId(), step.goalId == 0 };
    }
    return changes;
}

Result<QList<OpenAgreement>> openAgreements(TeacherConversationStore& store)
{
    auto last = store.lastClosed();
    if (!last)
        return last.error();
    if (!last->has_value())
        return QList<OpenAgreement>();
    auto record = store.conversation(**last);
    if (!record)
        return record.error();
    auto links = store.agreementLinks(**last);
    if (!links)
        return links.error();
    auto verslag = readSignedVerslag((*record)->verslagBody, (*record)->verslagSignature);
    if (!verslag)
        return verslag.error();
    QList<OpenAgreement> out;
    for (const v1::Agreement& a : verslag->agreements()) {
        for (const AgreementLink& link : *links) {
            if (link.agreementId.toStdString() == a.id() && link.isOpen())
                out << OpenAgreement { **last, a, link.actionId, link.goalId };
        }
    }
    return out;
}

} // namespace kw::conversation
