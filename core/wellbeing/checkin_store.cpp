#include "wellbeing/checkin_store.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Wellbeing)
};

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QDate dayFrom(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

Band bandFrom(const QString& id)
{
    if (id == QStringLiteral("advise"))
        return Band::Advise;
    return id == QStringLiteral("low") ? Band::Low : Band::Ok;
}

/** Bounds for "periods overlapping [from, to]"; an invalid day is no bound. */
QString lowerBound(QDate from)
{
    return from.isValid() ? dayText(from) : QStringLiteral("0000-01-01");
}

QString upperBound(QDate to)
{
    return to.isValid() ? dayText(to) : QStringLiteral("9999-12-31");
}

} // namespace

CheckinStore::CheckinStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock)
    : m_db(db)
    , m_profile(profile)
    , m_clock(clock)
{ }

Result<Score> validateCheckin(const CheckinInput& input, const SchoolProfile& profile, QDate today)
{
    const Instrument* in = findInstrument(profile.instruments, input.instrumentId);
    if (!in)
        return Error { Error::Code::InvalidInput,
            Text::tr("\"%1\" is not an instrument of your school.").arg(input.instrumentId) };
    if (!input.day.isValid() || input.day.year() < 2000)
        return Error { Error::Code::InvalidInput,
            Text::tr("A check-in needs a day from 2000 on.") };
    if (input.day > today)
        return Error { Error::Code::InvalidInput,
            Text::tr("A check-in cannot be for a day in the future.") };
    auto scored = score(*in, input.answers);
    if (!scored)
        return scored.error();
    if (Status s = checkSelections(*in, profile.choiceLists, input.choices); !s)
        return s.error();
    return scored;
}

Result<SavedCheckin> CheckinStore::add(const CheckinInput& input)
{
    auto valid = validateCheckin(input, m_profile, m_clock.today());
    if (!valid)
        return valid.error();
    const Score& scored = *valid;
    const Instrument& in = *findInstrument(m_profile.instruments, input.instrumentId);
    const Period period = periodOf(in.period, input.day);

    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();
    // The latest answer for a period counts: the earlier one goes, with its answers and choices.
    if (Status s = m_db.run("DELETE FROM checkin WHERE instrument_id = ? AND period_start = ?",
            { in.id, dayText(period.start) });
        !s)
        return s.error();
    const bool replaced = m_db.changes() > 0;

    auto insert = m_db.prepare(
        "INSERT INTO checkin (instrument_id, instrument_version, period_start, period_end, "
        "answered_ms, score_centi, band) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, in.id).bind(2, in.version).bind(3, dayText(period.start));
    insert->bind(4, dayText(period.end)).bind(5, m_clock.now().toMSecsSinceEpoch());
    insert->bind(6, qint64(std::llround(scored.value * 100))).bind(7, bandId(scored.band));
    if (Status s = insert->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();

    auto answer
        = m_db.prepare("INSERT INTO checkin_answer (checkin_id, item_id, value) VALUES (?, ?, ?)");
    if (!answer)
        return answer.error();
    for (int i = 0; i < input.answers.size(); ++i) {
        if (!input.answers[i])
            continue;
        if (Status s = answer->bind(1, id).bind(2, in.items[i].id).bind(3, *input.answers[i]).run();
            !s)
            return s.error();
        answer->reset();
    }
    auto choice = m_db.prepare(
        "INSERT INTO checkin_choice (checkin_id, list_id, option_id) VALUES (?, ?, ?)");
    if (!choice)
        return choice.error();
    for (auto it = input.choices.cbegin(); it != input.choices.cend(); ++it) {
        for (const QString& optionId : it.value()) {
            if (Status s = choice->bind(1, id).bind(2, it.key()).bind(3, optionId).run(); !s)
                return s.error();
            choice->reset();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();

    Checkin saved;
    saved.id = id;
    saved.instrumentId = in.id;
    saved.instrumentVersion = in.version;
    saved.period = period;
    saved.answered = m_clock.now();
    saved.score = std::llround(scored.value * 100) / 100.0;
    saved.band = scored.band;
    for (int i = 0; i < input.answers.size(); ++i) {
        if (input.answers[i])
            saved.answers.insert(in.items[i].id, *input.answers[i]);
    }
    for (auto it = input.choices.cbegin(); it != input.choices.cend(); ++it) {
        if (!it.value().isEmpty())
            saved.choices.insert(it.key(), it.value());
    }
    return SavedCheckin { saved, replaced };
}

Result<QList<Checkin>> CheckinStore::fetch(const CheckinQuery& q)
{
    auto stmt = m_db.prepare(
        "SELECT c.id, c.instrument_id, c.instrument_version, c.period_start, c.period_end, "
        "c.answered_ms, c.score_centi, c.band, "
        "(SELECT group_concat(item_id || '=' || value) FROM checkin_answer WHERE checkin_id = "
        "c.id), "
        "(SELECT group_concat(list_id || ':' || option_id) FROM checkin_choice WHERE "
        "checkin_id = c.id) "
        "FROM checkin c WHERE (?1 = '' OR c.instrument_id = ?1) AND c.period_end >= ?2 AND "
        "c.period_start <= ?3 ORDER BY c.period_start DESC, c.id DESC LIMIT ?4");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, q.instrumentId).bind(2, lowerBound(q.from)).bind(3, upperBound(q.to));
    stmt->bind(4, q.limit);
    return stmt->collect([](const sql::Statement& row) {
        Checkin c;
        c.id = row.columnInt64(0);
        c.instrumentId = row.columnText(1);
        c.instrumentVersion = row.columnInt(2);
        c.period = { dayFrom(row.columnText(3)), dayFrom(row.columnText(4)) };
        c.answered = QDateTime::fromMSecsSinceEpoch(row.columnInt64(5));
        c.score = row.columnInt64(6) / 100.0;
        c.band = bandFrom(row.columnText(7));
        for (const QString& pair : row.columnText(8).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.answers.insert(
                pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1).toInt());
        for (const QString& pair : row.columnText(9).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.choices[pair.section(QLatin1Char(':'), 0, 0)] << pair.section(QLatin1Char(':'), 1);
        return c;
    });
}

Result<QList<Checkin>> CheckinStore::list(const CheckinQuery& query)
{
    return fetch(query);
}

Result<std::optional<Checkin>> CheckinStore::latest(const QString& instrumentId)
{
    CheckinQuery q;
    q.instrumentId = instrumentId;
    q.limit = 1;
    auto found = fetch(q);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Checkin>() : std::optional(found->first());
}

Result<QList<PeriodStatus>> CheckinStore::due()
{
    QList<PeriodStatus> statuses;
    for (const Instrument& in : m_profile.instruments) {
        const Period period = periodOf(in.period, m_clock.today());
        CheckinQuery q;
        q.instrumentId = in.id;
        q.from = period.start;
        q.to = period.start;
        q.limit = 1;
        auto found = fetch(q);
        if (!found)
            return found.error();
        statuses << PeriodStatus { in.id, period, !found->isEmpty() };
    }
    return statuses;
}

Result<QList<PeriodScore>> CheckinStore::scores(const QString& instrumentId, QDate from, QDate to)
{
    auto found = fetch({ instrumentId, from, to, 100000 });
    if (!found)
        return found.error();
    QList<PeriodScore> result;
    for (auto it = found->crbegin(); it != found->crend(); ++it)
        result << PeriodScore { it->period, it->score, it->band };
    return result;
}

Result<QList<PeriodItemMeans>> CheckinStore::itemMeans(
    const QString& instrumentId, QDate from, QDate to)
{
    auto stmt = m_db.prepare(
        "SELECT c.period_start, c.period_end, a.item_id, CAST(round(avg(a.value) * 100) AS "
        "INTEGER) FROM checkin c "
        "JOIN checkin_answer a ON a.checkin_id = c.id WHERE c.instrument_id = ? AND "
        "c.period_end >= ? AND c.period_start <= ? GROUP BY c.period_start, a.item_id "
        "ORDER BY c.period_start");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, instrumentId).bind(2, lowerBound(from)).bind(3, upperBound(to));
    QList<PeriodItemMeans> result;
    const Status s = stmt->forEachRow([&](const sql::Statement& row) {
        const QDate start = dayFrom(row.columnText(0));
        if (result.isEmpty() || result.last().period.start != start)
            result << PeriodItemMeans { { start, dayFrom(row.columnText(1)) }, {} };
        result.last().means.insert(row.columnText(2), row.columnInt64(3) / 100.0);
    });
    if (!s)
        return s.error();
    return result;
}

Result<QList<OptionCount>> CheckinStore::choiceCounts(const QString& listId, QDate from, QDate to)
{
    auto stmt = m_db.prepare(
        "SELECT s.option_id, count(*) FROM checkin_choice s JOIN checkin c ON c.id = "
        "s.checkin_id WHERE s.list_id = ? AND c.period_end >= ? AND c.period_start <= ? "
        "GROUP BY s.option_id ORDER BY s.option_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, listId).bind(2, lowerBound(from)).bind(3, upperBound(to));
    QMap<QString, int> counted;
    const Status s = stmt->forEachRow(
        [&](const sql::Statement& row) { counted.insert(row.columnText(0), row.columnInt(1)); });
    if (!s)
        return s.error();
    QList<OptionCount> result;
    if (const ChoiceList* list = findChoiceList(m_profile.choiceLists, listId)) {
        for (const ChoiceOption& o : list->options)
            result << OptionCount { o.id, int(counted.take(o.id)) };
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        result << OptionCount { it.key(), it.value() };
    return result;
}

} // namespace kw
