#include "profile/profile_changes.h"

#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/profile_codec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::ProfileChanges)
};

class Changes
{
public:
    void add(const char* area, const QString& text) { m_out.append({ QLatin1String(area), text }); }
    QList<ProfileChange> take() { return std::move(m_out); }

    /** Added, removed, renamed and reordered items of one list, matched by id. */
    template <typename Item>
    void items(
        const char* area, const QString& title, const QList<Item>& before, const QList<Item>& after)
    {
        QStringList commonBefore;
        for (const Item& old : before) {
            const Item* now = find(after, old.id);
            if (!now) {
                add(area, Text::tr("%1: \"%2\" removed.").arg(title, old.name));
                continue;
            }
            commonBefore << old.id;
            if (now->name != old.name)
                add(area, Text::tr("%1: \"%2\" renamed \"%3\".").arg(title, old.name, now->name));
            detail(area, title, old, *now);
        }
        QStringList commonAfter;
        for (const Item& now : after) {
            if (find(before, now.id))
                commonAfter << now.id;
            else
                add(area, Text::tr("%1: \"%2\" added.").arg(title, now.name));
        }
        if (commonBefore != commonAfter)
            add(area, Text::tr("%1: in another order.").arg(title));
    }

    void number(const char* area, const QString& what, int before, int after)
    {
        if (before != after)
            add(area, Text::tr("%1: %2 (was %3).").arg(what).arg(after).arg(before));
    }

private:
    template <typename Item> static const Item* find(const QList<Item>& items, const QString& id)
    {
        for (const Item& item : items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }

    void detail(
        const char* area, const QString& title, const ProfileItem& old, const ProfileItem& now)
    {
        if (now.staffCount != old.staffCount)
            add(area,
                Text::tr("%1: \"%2\" now has %3 staff (was %4).")
                    .arg(title, now.name)
                    .arg(now.staffCount)
                    .arg(old.staffCount));
    }
    void detail(
        const char* area, const QString& title, const Kernwaarde& old, const Kernwaarde& now)
    {
        if (now.description != old.description)
            add(area, Text::tr("%1: the description of \"%2\" changes.").arg(title, now.name));
        if (now.color.compare(old.color, Qt::CaseInsensitive) != 0)
            add(area, Text::tr("%1: \"%2\" gets another colour.").arg(title, now.name));
    }
    void detail(const char* area, const QString& title, const AgeBand& old, const AgeBand& now)
    {
        if (now.fromAge != old.fromAge || now.toAge != old.toAge)
            add(area,
                Text::tr("%1: \"%2\" now runs from %3 to %4 (was %5 to %6).")
                    .arg(title, now.name)
                    .arg(now.fromAge)
                    .arg(now.toAge)
                    .arg(old.fromAge)
                    .arg(old.toAge));
    }

    QList<ProfileChange> m_out;
};

QString holderText(const KeyHolder& h)
{
    const QString who = h.role.isEmpty() ? h.name : Text::tr("%1 (%2)").arg(h.name, h.role);
    return Text::tr("%1, key %2").arg(who, crypto::fingerprint(h.signKey));
}

QString contactText(const SupportContact& c)
{
    return Text::tr("%1 (%2)").arg(c.name, c.role);
}

QString dateText(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : Text::tr("no end date");
}

template <typename Message> bool sameMessages(const Message& a, const Message& b)
{
    if (a.size() != b.size())
        return false;
    for (int n = 0; n < a.size(); ++n) {
        if (a.Get(n).SerializeAsString() != b.Get(n).SerializeAsString())
            return false;
    }
    return true;
}

void wellbeing(Changes& c, const SchoolProfile& before, const SchoolProfile& after)
{
    bool said = false;
    QHash<QString, int> versions;
    for (const Instrument& i : before.instruments)
        versions.insert(i.id, i.version);
    for (const Instrument& i : after.instruments) {
        if (!versions.contains(i.id)) {
            c.add("wellbeing", Text::tr("Questionnaire \"%1\" added.").arg(i.name.text()));
            said = true;
        } else if (versions.value(i.id) != i.version) {
            c.add("wellbeing",
                Text::tr("Questionnaire \"%1\": version %2 (was %3).")
                    .arg(i.name.text())
                    .arg(i.version)
                    .arg(versions.value(i.id)));
            said = true;
        }
        versions.remove(i.id);
    }
    for (const Instrument& i : before.instruments) {
        if (versions.contains(i.id)) {
            c.add("wellbeing", Text::tr("Questionnaire \"%1\" removed.").arg(i.name.text()));
            said = true;
        }
    }
    const auto m0 = exchange::toProto(before);
    const auto m1 = exchange::toProto(after);
    // Wording or scoring changed under the same versions: still worth a line of its own.
    if (!said && !sameMessages(m0.instruments(), m1.instruments()))
        c.add("wellbeing", Text::tr("The questionnaires' wording, order or scoring changes."));
    if (!sameMessages(m0.choice_lists(), m1.choice_lists()))
        c.add("wellbeing",
            Text::tr("The lists of what brings joy and where werkdruk comes from change."));
}

void supportContacts(Changes& c, const SchoolProfile& before, const SchoolProfile& after)
{
    const auto key = [](const SupportContact& s) { return s.role + QLatin1Char('\n') + s.name; };
    QHash<QString, QString> reachBefore;
    for (const SupportContact& s : before.supportContacts)
        reachBefore.insert(key(s), s.reach);
    QSet<QString> seen;
    for (const SupportContact& s : after.supportContacts) {
        seen.insert(key(s));
        if (!reachBefore.contains(key(s)))
            c.add("supportContacts", Text::tr("Support contacts: %1 added.").arg(contactText(s)));
        else if (reachBefore.value(key(s)) != s.reach)
            c.add("supportContacts",
                Text::tr("Support contacts: %1 is now reached at \"%2\".")
                    .arg(contactText(s), s.reach));
    }
    for (const SupportContact& s : before.supportContacts) {
        if (!seen.contains(key(s)))
            c.add("supportContacts", Text::tr("Support contacts: %1 removed.").arg(contactText(s)));
    }
}

void hours(Changes& c, const HoursPolicy& before, const HoursPolicy& after)
{
    c.number("hoursPolicy", Text::tr("Professionalisation hours a year (full time)"),
        before.hoursPerYear, after.hoursPerYear);
    c.number("hoursPolicy", Text::tr("Years unspent hours stay usable"), before.savingYears,
        after.savingYears);
    c.number("hoursPolicy", Text::tr("Age from which extra hours count (0: none)"),
        before.extraFromAge, after.extraFromAge);
    c.number("hoursPolicy", Text::tr("Extra hours a year"), before.extraHoursPerYear,
        after.extraHoursPerYear);
}

void keyHolders(Changes& c, const SchoolProfile& before, const SchoolProfile& after)
{
    if (!after.school.sameKeys(before.school))
        c.add("hr",
            Text::tr("HR signs with another key: %1 (was %2).")
                .arg(holderText(after.school), holderText(before.school)));
    else if (after.school.name != before.school.name || after.school.role != before.school.role)
        c.add("hr", Text::tr("HR is now named %1.").arg(holderText(after.school)));
    if (!after.custodian.sameKeys(before.custodian))
        c.add("custodian",
            Text::tr("Another custodian: %1 (was %2).")
                .arg(holderText(after.custodian), holderText(before.custodian)));
    else if (after.custodian.name != before.custodian.name
        || after.custodian.role != before.custodian.role)
        c.add("custodian",
            Text::tr("The custodian is now named %1.").arg(holderText(after.custodian)));
    if (after.custodian.contact != before.custodian.contact)
        c.add("custodian",
            Text::tr("Teachers send their files to \"%1\" (was \"%2\").")
                .arg(after.custodian.contact, before.custodian.contact));
    for (const QByteArray& file : after.handovers) {
        if (before.handovers.contains(file))
            continue;
        auto handover = exchange::readHandoverFile(file);
        if (handover)
            c.add("handovers",
                Text::tr("A new handover, signed on %1: %2 hands over to %3.")
                    .arg(dateText(handover->signedOn), holderText(handover->outgoing),
                        holderText(handover->incoming)));
        else
            c.add("handovers",
                Text::tr("A new handover that cannot be read: %1").arg(handover.error().message));
    }
}

/**
 * Each of a leader's keys on its own line with both fingerprints: a new sealing key under the
 * same signing key is exactly what someone who wants to read preparations would slip in.
 */
void leaderKeys(Changes& c, const Leader& was, const Leader& now)
{
    if (now.keys.signKey != was.keys.signKey)
        c.add("leaders",
            Text::tr("Leader %1 has another signing key: %2 (was %3).")
                .arg(now.keys.name, crypto::fingerprint(now.keys.signKey),
                    crypto::fingerprint(was.keys.signKey)));
    if (now.keys.boxKey != was.keys.boxKey)
        c.add("leaders",
            Text::tr("Leader %1 has another sealing key, which preparations are sealed to: %2 "
                     "(was %3).")
                .arg(now.keys.name, crypto::fingerprint(now.keys.boxKey),
                    crypto::fingerprint(was.keys.boxKey)));
}

/**
 * The leaders: a teacher's preparation is sealed to the key listed here, so a new leader or a
 * new key is named with its fingerprint, for the custodian to check before co-signing.
 */
void leaders(Changes& c, const SchoolProfile& before, const SchoolProfile& after)
{
    const auto teamsText = [&after](const QStringList& ids) {
        QStringList names;
        for (const QString& id : ids)
            names << (after.team(id) ? after.team(id)->name : id);
        return names.isEmpty() ? Text::tr("no team yet") : names.join(QStringLiteral(", "));
    };
    for (const Leader& now : after.leaders) {
        const Leader* was = before.leader(now.id);
        if (!was) {
            c.add("leaders",
                Text::tr("A new leader: %1 for %2.")
                    .arg(holderText(now.keys), teamsText(now.teamIds)));
            continue;
        }
        leaderKeys(c, *was, now);
        if (now.keys.sameKeys(was->keys) && now.keys.name != was->keys.name)
            c.add("leaders",
                Text::tr("Leader %1 is now named %2.").arg(was->keys.name, now.keys.name));
        if (now.teamIds != was->teamIds)
            c.add("leaders",
                Text::tr("Leader %1 now holds conversations with %2.")
                    .arg(now.keys.name, teamsText(now.teamIds)));
    }
    for (const Leader& was : before.leaders)
        if (!after.leader(was.id))
            c.add("leaders", Text::tr("Leader %1 is no longer listed.").arg(holderText(was.keys)));
    c.number("leaders", Text::tr("Years a leader keeps what they hold about a teacher who left"),
        before.retentionYears, after.retentionYears);
}

} // namespace

/**
 * The leader of @p before that @p now stands in for: the one with the same id, else one no
 * longer listed (under their id) with the same name or one of the same teams. A leader listed
 * again under a new id is the same person to a teacher, so their new keys are named too.
 */
const Leader* formerLeader(
    const SchoolProfile& before, const SchoolProfile& after, const Leader& now)
{
    if (const Leader* was = before.leader(now.id))
        return was;
    const auto sameName = [](const QString& a, const QString& b) {
        return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
    };
    for (const Leader& was : before.leaders) {
        if (after.leader(was.id))
            continue;
        const bool sharesTeam = std::any_of(now.teamIds.cbegin(), now.teamIds.cend(),
            [&was](const QString& team) { return was.teamIds.contains(team); });
        if (sharesTeam || sameName(was.keys.name, now.keys.name))
            return &was;
    }
    return nullptr;
}

QList<ProfileChange> leaderKeyChanges(const SchoolProfile& before, const SchoolProfile& after)
{
    Changes c;
    for (const Leader& now : after.leaders) {
        if (const Leader* was = formerLeader(before, after, now))
            leaderKeys(c, *was, now);
    }
    return c.take();
}

QList<ProfileChange> profileChanges(const SchoolProfile& before, const SchoolProfile& after)
{
    Changes c;
    if (after.schoolName != before.schoolName)
        c.add("school",
            Text::tr("The school's name: \"%1\" (was \"%2\").")
                .arg(after.schoolName, before.schoolName));
    if (after.schoolId != before.schoolId)
        c.add("school",
            Text::tr("The school's id: %1 (was %2); teachers' apps treat it as "
                     "another school.")
                .arg(after.schoolId, before.schoolId));
    c.items("kernwaarden", Text::tr("Kernwaarden"), before.kernwaarden, after.kernwaarden);
    c.items("themes", Text::tr("Themes"), before.themes, after.themes);
    c.items("teams", Text::tr("Teams"), before.teams, after.teams);
    c.items("roles", Text::tr("Roles"), before.roles, after.roles);
    c.items("contextTags", Text::tr("Context tags"), before.contextTags, after.contextTags);
    c.items("ageBands", Text::tr("Age bands"), before.ageBands, after.ageBands);
    c.number("rules", Text::tr("Period length in months"), before.rules.periodMonths,
        after.rules.periodMonths);
    c.number("rules", Text::tr("Smallest group for wellbeing figures (k)"),
        before.rules.minGroupWellbeing, after.rules.minGroupWellbeing);
    c.number("rules", Text::tr("Smallest group for counts (k)"), before.rules.minGroupCounts,
        after.rules.minGroupCounts);
    wellbeing(c, before, after);
    supportContacts(c, before, after);
    hours(c, before.hoursPolicy, after.hoursPolicy);
    if (after.validUntil != before.validUntil)
        c.add("validUntil",
            Text::tr("Valid until %1 (was %2).")
                .arg(dateText(after.validUntil), dateText(before.validUntil)));
    keyHolders(c, before, after);
    leaders(c, before, after);
    return c.take();
}

} // namespace kw
