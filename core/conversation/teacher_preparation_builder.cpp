#include "conversation/teacher_preparation_builder.h"

#include "conversation/conversation_text.h"
#include "pop/school_year.h"
#include "teacher/teacher_session.h"

namespace kw::conversation {

namespace {

constexpr int kMaxTitleChars = 400;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString elided(const QString& text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

v1::AgendaItem* addItem(v1::Preparation& body, v1::AgendaPart part, v1::AgendaItem::Source source)
{
    v1::AgendaItem* item = body.add_items();
    item->set_part(part);
    item->set_source(source);
    return item;
}

void addAgreement(v1::Preparation& body, const OpenAgreement& open)
{
    const v1::Agreement& a = open.agreement;
    const QString what = QString::fromStdString(a.what()).trimmed();
    v1::AgendaItem* item
        = addItem(body, v1::AGENDA_PART_LOOKING_BACK, v1::AgendaItem::SOURCE_AGREEMENT);
    item->set_title(utf8(elided(what, kMaxTitleChars)));
    if (what.size() > kMaxTitleChars)
        item->set_text(utf8(what));
    item->set_day(a.due());
    if (!a.kernwaarde_id().empty())
        item->add_kernwaarde_ids(a.kernwaarde_id());
    if (open.goalId > 0)
        item->set_goal_ref(utf8(goalRef(open.goalId)));
    item->set_agreement_id(a.id());
}

Error gone(const QString& what)
{
    return Error { Error::Code::NotFound,
        Text::tr("%1 you chose for the conversation no longer exists: take it out of the "
                 "preparation.")
            .arg(what) };
}

Status addReflection(v1::Preparation& body, const DraftChoice& choice, TeacherSession& journal)
{
    auto r = journal.journal().get(choice.id);
    if (!r)
        return r.error().code == Error::Code::NotFound
            ? gone(Text::tr("Reflection %1").arg(choice.id))
            : r.error();
    v1::AgendaItem* item = addItem(body, choice.part, v1::AgendaItem::SOURCE_REFLECTION);
    item->set_text(utf8(r->text));
    item->set_day(utf8(r->day.toString(Qt::ISODate)));
    for (const QString& id : r->valueIds)
        item->add_kernwaarde_ids(utf8(id));
    return {};
}

QString goalProgressText(const Goal& g, const GoalProgress& p, const QList<GoalAction>& actions)
{
    QStringList lines;
    lines << Text::tr("%1 · %2 of %3 actions done · %4 reflection(s) as evidence")
                 .arg(goalStatusName(g.status))
                 .arg(p.actionsDone)
                 .arg(p.actionsTotal)
                 .arg(p.evidenceCount);
    if (!g.successCriteria.trimmed().isEmpty())
        lines << Text::tr("How I will know: %1").arg(g.successCriteria.trimmed());
    if (g.targetDate.isValid())
        lines << Text::tr("Target date: %1").arg(g.targetDate.toString(Qt::ISODate));
    for (const GoalAction& a : actions)
        lines << QStringLiteral("%1 %2%3").arg(a.done ? QStringLiteral("✓") : QStringLiteral("○"),
            a.title,
            a.due.isValid() ? QStringLiteral(" (%1)").arg(a.due.toString(Qt::ISODate)) : QString());
    return lines.join(QLatin1Char('\n'));
}

Status addGoal(v1::Preparation& body, const DraftChoice& choice, TeacherSession& journal)
{
    auto g = journal.pop().goal(choice.id);
    if (!g)
        return g.error().code == Error::Code::NotFound ? gone(Text::tr("Goal %1").arg(choice.id))
                                                       : g.error();
    auto progress = journal.pop().progress(choice.id);
    if (!progress)
        return progress.error();
    auto actions = journal.pop().actions(choice.id);
    if (!actions)
        return actions.error();
    v1::AgendaItem* item = addItem(body, choice.part, v1::AgendaItem::SOURCE_GOAL);
    item->set_title(utf8(g->title));
    item->set_text(utf8(goalProgressText(*g, *progress, *actions)));
    for (const QString& id : g->valueIds)
        item->add_kernwaarde_ids(utf8(id));
    item->set_goal_ref(utf8(goalRef(g->id)));
    return {};
}

Status addHours(v1::Preparation& body, v1::AgendaPart part, QDate day, TeacherSession& journal)
{
    const int year = schoolYearOf(day);
    auto s = journal.hours().summary(year);
    if (!s)
        return s.error();
    QString text = Text::tr("%1 hours this year, %2 saved from earlier years, %3 spent, %4 "
                            "planned; %5 hours left.")
                       .arg(formatHours(s->budget), formatHours(s->carriedIn),
                           formatHours(s->spent), formatHours(s->planned), formatHours(s->balance));
    if (s->expiring > 0)
        text += QLatin1Char(' ')
            + Text::tr("%1 hours expire on %2.")
                  .arg(formatHours(s->expiring), schoolYearEnd(year).toString(Qt::ISODate));
    v1::AgendaItem* item = addItem(body, part, v1::AgendaItem::SOURCE_HOURS);
    item->set_title(utf8(Text::tr("Professionaliseringsuren %1").arg(schoolYearLabel(year))));
    item->set_text(utf8(text));
    return {};
}

Status addWellbeing(v1::Preparation& body, QDate day, TeacherSession& journal)
{
    v1::WellbeingShare* share = body.mutable_wellbeing();
    for (const Instrument& instrument : journal.profile().instruments) {
        if (share->series_size() == 8)
            break;
        auto scores
            = journal.checkins().scores(instrument.id, day.addMonths(-kWellbeingTrendMonths), day);
        if (!scores)
            return scores.error();
        if (scores->isEmpty())
            continue;
        v1::WellbeingSeries* series = share->add_series();
        series->set_instrument_id(utf8(instrument.id));
        series->set_name(utf8(instrument.name.text()));
        for (const PeriodScore& score :
            scores->mid(qMax(0, scores->size() - kMaxWellbeingPoints))) {
            v1::WellbeingPoint* point = series->add_points();
            point->set_period_start(utf8(score.period.start.toString(Qt::ISODate)));
            point->set_score(score.score);
        }
    }
    return {};
}

} // namespace

QString goalRef(qint64 goalId)
{
    return QString::number(goalId);
}

qint64 goalIdFromRef(const std::string& ref)
{
    bool ok = false;
    const qint64 id = QString::fromStdString(ref).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString wellbeingWarning()
{
    return Text::tr("Your WHO-5 and pulse scores are health data. Your leader may not ask for "
                    "them; share them only if you want to talk about them, for this conversation "
                    "only.");
}

Result<v1::Preparation> buildPreparation(const PreparationDraft& draft,
    const PreparationHeader& header, const QList<OpenAgreement>& openAgreements,
    TeacherSession& journal)
{
    if (!draft.plannedOn.isValid())
        return Error { Error::Code::InvalidInput, Text::tr("Choose the day of the conversation.") };
    v1::Preparation body;
    v1::ConversationRef* ref = body.mutable_ref();
    ref->set_conversation_id(header.conversationId.toStdString());
    ref->set_revision(header.revision);
    ref->set_school_id(utf8(header.schoolId));
    *ref->mutable_teacher() = header.teacher;
    *ref->mutable_leader() = header.leader;
    body.set_planned_on(utf8(draft.plannedOn.toString(Qt::ISODate)));
    body.set_team_id(utf8(header.teamId));
    body.set_written_on(utf8(header.writtenOn.toString(Qt::ISODate)));

    QList<qint64> reflectionsTaken;
    QList<qint64> goalsTaken;
    for (const v1::AgendaPart part : agendaParts()) {
        if (part == v1::AGENDA_PART_LOOKING_BACK)
            for (const OpenAgreement& open : openAgreements)
                addAgreement(body, open);
        for (const DraftPoint& point : draft.points) {
            if (point.part == part && !point.text.trimmed().isEmpty())
                addItem(body, part, v1::AgendaItem::SOURCE_OWN)
                    ->set_text(utf8(point.text.trimmed()));
        }
        for (const DraftChoice& choice : draft.reflections) {
            if (choice.part != part || reflectionsTaken.contains(choice.id))
                continue;
            reflectionsTaken << choice.id;
            if (Status s = addReflection(body, choice, journal); !s)
                return s.error();
        }
        for (const DraftChoice& choice : draft.goals) {
            if (choice.part != part || goalsTaken.contains(choice.id))
                continue;
            goalsTaken << choice.id;
            if (Status s = addGoal(body, choice, journal); !s)
                return s.error();
        }
        if (draft.hoursPart == part) {
            if (Status s = addHours(body, part, header.writtenOn, journal); !s)
                return s.error();
        }
    }
    if (draft.shareWellbeing) {
        if (Status s = addWellbeing(body, header.writtenOn, journal); !s)
            return s.error();
    }
    if (Status s = checkBody(body); !s)
        return s.error();
    return body;
}

} // namespace kw::conversation
