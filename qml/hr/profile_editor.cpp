#include "profile_editor.h"

#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "exchange/profile_file.h"
#include "exchange/profile_signing.h"
#include "hr/hr_store.h"
#include "hr_desk.h"
#include "profile/profile_changes.h"
#include "profile/profile_draft.h"

#include <QFileInfo>
#include <QLocale>

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

QVariantMap holderMap(const KeyHolder& h)
{
    return { { QStringLiteral("name"), h.name }, { QStringLiteral("role"), h.role },
        { QStringLiteral("contact"), h.contact },
        { QStringLiteral("fingerprint"),
            h.signKey.isEmpty() ? QString() : crypto::fingerprint(h.signKey) } };
}

QVariantList itemMaps(const QList<ProfileItem>& items)
{
    QVariantList out;
    for (const ProfileItem& item : items)
        out.append(
            QVariantMap { { QStringLiteral("id"), item.id }, { QStringLiteral("name"), item.name },
                { QStringLiteral("staffCount"), item.staffCount } });
    return out;
}

std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

template <typename Item> QStringList idsOf(const QList<Item>& items, int except = -1)
{
    QStringList out;
    for (int i = 0; i < items.size(); ++i) {
        if (i != except)
            out << items[i].id;
    }
    return out;
}

/** Moves row @p from to @p to when both are rows of @p items. */
template <typename Item> bool moveRow(QList<Item>& items, int from, int to)
{
    if (from < 0 || to < 0 || from >= items.size() || to >= items.size() || from == to)
        return false;
    items.move(from, to);
    return true;
}

} // namespace

ProfileEditor::ProfileEditor(QObject* parent)
    : QObject(parent)
{ }

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setDesk(HrDesk* desk)
{
    if (m_desk == desk)
        return;
    m_desk = desk;
    emit deskChanged();
    reload();
}

void ProfileEditor::reload()
{
    m_current.reset();
    m_newIds.clear();
    m_unparsed.clear();
    m_signedPath.clear();
    QString error;
    const QDate today = m_desk ? m_desk->clock().today() : QDate::currentDate();
    if (m_desk) {
        if (hr::HrStore* store = m_desk->store()) {
            auto versions = store->profileVersions();
            if (!versions)
                error = versions.error().message;
            else if (!versions->isEmpty()) {
                auto profile = store->profile(versions->last());
                if (profile)
                    m_current = *profile;
                else
                    error = profile.error().message;
            }
        } else {
            error = m_desk->openError();
        }
    }
    if (m_current) {
        m_draft = nextVersionDraft(*m_current, today);
        m_startedFrom = tr("Version %1 of your school's profile, as the custodian co-signed it. "
                           "Your changes become version %2.")
                            .arg(m_current->version)
                            .arg(m_draft.version);
    } else {
        m_draft = profileTemplate(today);
        m_startedFrom = tr("A template (the demo school's kernwaarden and questionnaires): give "
                           "your school's name and id, its own kernwaarden, teams and roles, and "
                           "choose the custodian's key.");
    }
    setStatus({}, error);
    emit loaded();
    emit listsChanged();
    emit holdersChanged();
    recheck();
}

QVariantList ProfileEditor::kernwaarden() const
{
    QVariantList out;
    for (const Kernwaarde& k : m_draft.kernwaarden)
        out.append(QVariantMap { { QStringLiteral("id"), k.id }, { QStringLiteral("name"), k.name },
            { QStringLiteral("description"), k.description },
            { QStringLiteral("color"), k.color } });
    return out;
}

QVariantList ProfileEditor::themes() const
{
    return itemMaps(m_draft.themes);
}

QVariantList ProfileEditor::teams() const
{
    return itemMaps(m_draft.teams);
}

QVariantList ProfileEditor::roles() const
{
    return itemMaps(m_draft.roles);
}

QVariantList ProfileEditor::ageBands() const
{
    QVariantList out;
    for (const AgeBand& b : m_draft.ageBands)
        out.append(QVariantMap { { QStringLiteral("id"), b.id }, { QStringLiteral("name"), b.name },
            { QStringLiteral("fromAge"), b.fromAge }, { QStringLiteral("toAge"), b.toAge } });
    return out;
}

QVariantList ProfileEditor::supportContacts() const
{
    QVariantList out;
    for (const SupportContact& c : m_draft.supportContacts)
        out.append(QVariantMap { { QStringLiteral("role"), c.role },
            { QStringLiteral("name"), c.name }, { QStringLiteral("reach"), c.reach } });
    return out;
}

QStringList ProfileEditor::colors() const
{
    return kernwaardeColors();
}

QVariantList ProfileEditor::periodChoices() const
{
    QVariantList out;
    for (int months : allowedPeriodMonths())
        out.append(QVariantMap { { QStringLiteral("months"), months },
            { QStringLiteral("name"),
                months == 12 ? tr("A school year") : tr("%n month(s)", nullptr, months) } });
    return out;
}

QVariantMap ProfileEditor::numbers() const
{
    const ExchangeRules& r = m_draft.rules;
    const HoursPolicy& h = m_draft.hoursPolicy;
    return { { QStringLiteral("minGroupWellbeing"), r.minGroupWellbeing },
        { QStringLiteral("minGroupCounts"), r.minGroupCounts },
        { QStringLiteral("periodMonths"), r.periodMonths },
        { QStringLiteral("hoursPerYear"), h.hoursPerYear },
        { QStringLiteral("savingYears"), h.savingYears },
        { QStringLiteral("extraFromAge"), h.extraFromAge },
        { QStringLiteral("extraHoursPerYear"), h.extraHoursPerYear },
        { QStringLiteral("retentionYears"), m_draft.retentionYears } };
}

QVariantList ProfileEditor::leaders() const
{
    QVariantList out;
    for (const Leader& leader : m_draft.leaders) {
        QVariantList teams;
        for (const ProfileItem& team : m_draft.teams)
            teams.append(QVariantMap { { QStringLiteral("id"), team.id },
                { QStringLiteral("name"), team.name },
                { QStringLiteral("on"), leader.teamIds.contains(team.id) } });
        QVariantMap row = holderMap(leader.keys);
        row.insert(QStringLiteral("id"), leader.id);
        row.insert(QStringLiteral("teams"), teams);
        out.append(row);
    }
    return out;
}

QString ProfileEditor::validUntil() const
{
    return m_draft.validUntil.toString(Qt::ISODate);
}

QVariantMap ProfileEditor::custodian() const
{
    return holderMap(m_draft.custodian);
}

QVariantList ProfileEditor::handovers() const
{
    QVariantList out;
    for (const QByteArray& file : m_draft.handovers) {
        auto h = exchange::readHandoverFile(file);
        if (!h)
            continue; // fromProto() refused the profile already if one did not read
        out.append(QVariantMap { { QStringLiteral("from"), h->outgoing.name },
            { QStringLiteral("fromFingerprint"), crypto::fingerprint(h->outgoing.signKey) },
            { QStringLiteral("to"), h->incoming.name },
            { QStringLiteral("toFingerprint"), crypto::fingerprint(h->incoming.signKey) },
            { QStringLiteral("signedOn"), QLocale().toString(h->signedOn, QLocale::LongFormat) } });
    }
    return out;
}

void ProfileEditor::setText(const QString& field, const QString& value)
{
    if (field == QLatin1String("schoolName"))
        m_draft.schoolName = value;
    else if (field == QLatin1String("schoolId") && schoolIdEditable())
        m_draft.schoolId = value.trimmed();
    else if (field == QLatin1String("custodianContact"))
        m_draft.custodian.contact = value.trimmed();
    else if (field == QLatin1String("validUntil"))
        m_draft.validUntil = QDate::fromString(value.trimmed(), Qt::ISODate);
    else
        return;
    recheck();
}

void ProfileEditor::setNumber(const QString& field, const QString& text)
{
    static const QHash<QString, int ExchangeRules::*> rules {
        { QStringLiteral("minGroupWellbeing"), &ExchangeRules::minGroupWellbeing },
        { QStringLiteral("minGroupCounts"), &ExchangeRules::minGroupCounts },
        { QStringLiteral("periodMonths"), &ExchangeRules::periodMonths },
    };
    static const QHash<QString, int HoursPolicy::*> hours {
        { QStringLiteral("hoursPerYear"), &HoursPolicy::hoursPerYear },
        { QStringLiteral("savingYears"), &HoursPolicy::savingYears },
        { QStringLiteral("extraFromAge"), &HoursPolicy::extraFromAge },
        { QStringLiteral("extraHoursPerYear"), &HoursPolicy::extraHoursPerYear },
    };
    if (field == QLatin1String("retentionYears")) {
        if (const std::optional<int> n = wholeNumber(text)) {
            m_unparsed.remove(field);
            m_draft.retentionYears = *n;
        } else {
            m_unparsed.insert(field, tr("\"%1\" is not a whole number.").arg(text.left(20)));
        }
        recheck();
        return;
    }
    if (!rules.contains(field) && !hours.contains(field))
        return;
    const std::optional<int> n = wholeNumber(text);
    if (!n) {
        m_unparsed.insert(field, tr("\"%1\" is not a whole number.").arg(text.left(20)));
    } else {
        m_unparsed.remove(field);
        if (rules.contains(field))
            m_draft.rules.*rules.value(field) = *n;
        else
            m_draft.hoursPolicy.*hours.value(field) = *n;
    }
    recheck();
}

QList<ProfileItem>* ProfileEditor::itemList(const QString& list)
{
    if (list == QLatin1String("themes"))
        return &m_draft.themes;
    if (list == QLatin1String("teams"))
        return &m_draft.teams;
    if (list == QLatin1String("roles"))
        return &m_draft.roles;
    return nullptr;
}

void ProfileEditor::setItem(const QString& list, int row, const QString& key, const QString& value)
{
    const bool isName = key == QLatin1String("name");
    if (list == QLatin1String("kernwaarden")) {
        if (row < 0 || row >= m_draft.kernwaarden.size())
            return;
        Kernwaarde& k = m_draft.kernwaarden[row];
        if (isName) {
            k.name = value;
            if (newIds(list).remove(k.id)) {
                k.id = idForName(value, idsOf(m_draft.kernwaarden, row));
                newIds(list).insert(k.id);
            }
        } else if (key == QLatin1String("description")) {
            k.description = value;
        } else if (key == QLatin1String("color")) {
            k.color = value;
            emit listsChanged(); // the swatches and the preview follow
        }
    } else if (list == QLatin1String("ageBands")) {
        if (row < 0 || row >= m_draft.ageBands.size())
            return;
        AgeBand& b = m_draft.ageBands[row];
        if (isName) {
            b.name = value;
            if (newIds(list).remove(b.id)) {
                b.id = idForName(value, idsOf(m_draft.ageBands, row));
                newIds(list).insert(b.id);
            }
        } else if (key == QLatin1String("fromAge") || key == QLatin1String("toAge")) {
            // Text that is no number counts as 0, which the age band rule then refuses.
            (key == QLatin1String("fromAge") ? b.fromAge : b.toAge)
                = wholeNumber(value).value_or(0);
        }
    } else if (list == QLatin1String("supportContacts")) {
        if (row < 0 || row >= m_draft.supportContacts.size())
            return;
        SupportContact& c = m_draft.supportContacts[row];
        (key == QLatin1String("role")           ? c.role
                : key == QLatin1String("reach") ? c.reach
                                                : c.name)
            = value;
    } else if (QList<ProfileItem>* items = itemList(list)) {
        if (row < 0 || row >= items->size())
            return;
        ProfileItem& item = (*items)[row];
        if (isName) {
            item.name = value;
            if (newIds(list).remove(item.id)) {
                item.id = idForName(value, idsOf(*items, row));
                newIds(list).insert(item.id);
            }
        } else if (key == QLatin1String("staffCount")) {
            item.staffCount = wholeNumber(value).value_or(0);
        }
    } else {
        return;
    }
    recheck();
}

void ProfileEditor::addItem(const QString& list)
{
    if (list == QLatin1String("kernwaarden")) {
        const QString id = idForName(tr("New kernwaarde"), idsOf(m_draft.kernwaarden));
        m_draft.kernwaarden.append(
            { id, QString(), QString(), unusedKernwaardeColor(m_draft.kernwaarden) });
        newIds(list).insert(id);
    } else if (list == QLatin1String("ageBands")) {
        const int from = m_draft.ageBands.isEmpty() ? 20 : m_draft.ageBands.last().toAge + 1;
        const QString id = idForName(tr("New age band"), idsOf(m_draft.ageBands));
        m_draft.ageBands.append({ id, QString(), from, from + kMinAgeBandYears - 1 });
        newIds(list).insert(id);
    } else if (list == QLatin1String("supportContacts")) {
        m_draft.supportContacts.append(SupportContact {});
    } else if (QList<ProfileItem>* items = itemList(list)) {
        const QString id = idForName(tr("New"), idsOf(*items));
        items->append(
            { id, QString(), list == QLatin1String("themes") ? 0 : m_draft.rules.minGroupCounts });
        newIds(list).insert(id);
    } else {
        return;
    }
    emit listsChanged();
    recheck();
}

void ProfileEditor::removeItem(const QString& list, int row)
{
    bool removed = false;
    const auto take = [&](auto& items) {
        if (row >= 0 && row < items.size()) {
            items.removeAt(row);
            removed = true;
        }
    };
    if (list == QLatin1String("kernwaarden"))
        take(m_draft.kernwaarden);
    else if (list == QLatin1String("ageBands"))
        take(m_draft.ageBands);
    else if (list == QLatin1String("supportContacts"))
        take(m_draft.supportContacts);
    else if (QList<ProfileItem>* items = itemList(list)) {
        const QString id = row >= 0 && row < items->size() ? items->at(row).id : QString();
        take(*items);
        // A removed team leaves its leaders too, rather than a problem to fix by hand.
        if (removed && list == QLatin1String("teams")) {
            for (Leader& leader : m_draft.leaders)
                leader.teamIds.removeAll(id);
            emit holdersChanged();
        }
    }
    if (!removed)
        return;
    emit listsChanged();
    recheck();
}

void ProfileEditor::moveItem(const QString& list, int from, int to)
{
    bool moved = false;
    if (list == QLatin1String("kernwaarden"))
        moved = moveRow(m_draft.kernwaarden, from, to);
    else if (list == QLatin1String("ageBands"))
        moved = moveRow(m_draft.ageBands, from, to);
    else if (list == QLatin1String("supportContacts"))
        moved = moveRow(m_draft.supportContacts, from, to);
    else if (QList<ProfileItem>* items = itemList(list))
        moved = moveRow(*items, from, to);
    if (!moved)
        return;
    emit listsChanged();
    recheck();
}

bool ProfileEditor::chooseCustodianKey(const QUrl& file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = exchange::readFileLimited(path, 64 * 1024);
    if (!bytes) {
        setStatus({}, bytes.error().message);
        return false;
    }
    auto keys = exchange::readKeyFile(*bytes);
    if (!keys) {
        setStatus({}, tr("%1: %2").arg(QFileInfo(path).fileName(), keys.error().message));
        return false;
    }
    auto holder = exchange::custodianHolder(*keys, m_draft.custodian);
    if (!holder) {
        setStatus({}, holder.error().message);
        return false;
    }
    const bool other = !holder->sameKeys(m_draft.custodian) && !m_draft.custodian.signKey.isEmpty();
    m_draft.custodian = *holder;
    emit holdersChanged();
    recheck();
    setStatus(other ? tr("The profile now names %1 as custodian. Teachers' apps accept the change "
                         "only with a handover signed by the custodian before: add it.")
                          .arg(holder->name)
                    : tr("The profile names %1 as custodian.").arg(holder->name),
        {});
    return true;
}

bool ProfileEditor::addLeaderKey(const QUrl& file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = exchange::readFileLimited(path, 64 * 1024);
    if (!bytes) {
        setStatus({}, bytes.error().message);
        return false;
    }
    auto keys = exchange::readKeyFile(*bytes);
    if (!keys) {
        setStatus({}, tr("%1: %2").arg(QFileInfo(path).fileName(), keys.error().message));
        return false;
    }
    const qsizetype before = m_draft.leaders.size();
    auto row = exchange::addLeaderKey(m_draft, *keys);
    if (!row) {
        setStatus({}, row.error().message);
        return false;
    }
    emit holdersChanged();
    recheck();
    const Leader& leader = m_draft.leaders.at(*row);
    setStatus(m_draft.leaders.size() > before
            ? tr("%1 is listed as a leader. Tick the teams they hold conversations with.")
                  .arg(leader.keys.name)
            : tr("%1 has a new key (%2). Teachers' apps use it once the custodian has co-signed.")
                  .arg(leader.keys.name, crypto::fingerprint(leader.keys.signKey)),
        {});
    return true;
}

void ProfileEditor::setLeaderTeam(int row, const QString& teamId, bool on)
{
    if (row < 0 || row >= m_draft.leaders.size() || !m_draft.team(teamId))
        return;
    QStringList& teams = m_draft.leaders[row].teamIds;
    if (on && !teams.contains(teamId))
        teams.append(teamId);
    else if (!on)
        teams.removeAll(teamId);
    emit holdersChanged();
    recheck();
}

void ProfileEditor::removeLeader(int row)
{
    if (row < 0 || row >= m_draft.leaders.size())
        return;
    m_draft.leaders.removeAt(row);
    emit holdersChanged();
    recheck();
}

bool ProfileEditor::addHandover(const QUrl& file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_HANDOVER));
    if (!bytes) {
        setStatus({}, bytes.error().message);
        return false;
    }
    auto handover = exchange::readHandoverFile(*bytes);
    if (!handover) {
        setStatus({}, tr("%1: %2").arg(QFileInfo(path).fileName(), handover.error().message));
        return false;
    }
    if (!m_draft.handovers.contains(*bytes))
        m_draft.handovers.append(*bytes);
    emit holdersChanged();
    recheck();
    setStatus(
        tr("Handover from %1 to %2 added.").arg(handover->outgoing.name, handover->incoming.name),
        {});
    return true;
}

bool ProfileEditor::sign(const QUrl& file)
{
    if (!m_desk)
        return false;
    if (!m_problemList.isEmpty()) {
        setStatus({}, tr("The profile is not signed yet: %1").arg(m_problemList.first()));
        return false;
    }
    const exchange::KeySet* keys = m_desk->keys();
    if (!keys) {
        setStatus({}, tr("Unlock HR's key first (Keys): the profile is signed with it."));
        return false;
    }
    auto signedFile = exchange::signDraft(m_draft, *keys);
    if (!signedFile) {
        setStatus({}, signedFile.error().message);
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (Status s = exchange::writeFileAtomically(path, *signedFile); !s) {
        setStatus({}, s.error().message);
        return false;
    }
    m_signedPath = path;
    setStatus(tr("Version %1 signed by HR and written to %2. Next: %3 checks it and co-signs it; "
                 "then add the co-signed file here.")
                  .arg(m_draft.version)
                  .arg(QFileInfo(path).fileName(), m_draft.custodian.name),
        {});
    emit signedProfile(path);
    return true;
}

bool ProfileEditor::addCoSigned(const QUrl& file)
{
    if (!m_desk)
        return false;
    hr::HrStore* store = m_desk->store();
    if (!store) {
        setStatus({}, m_desk->openError());
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes) {
        setStatus({}, bytes.error().message);
        return false;
    }
    auto added = store->addProfile(*bytes);
    if (!added) {
        setStatus({}, tr("%1: %2").arg(QFileInfo(path).fileName(), added.error().message));
        return false;
    }
    m_desk->notifyChanged();
    const int version = added->version;
    reload();
    setStatus(tr("Version %1, co-signed by the custodian, is now your school's profile. Publish "
                 "it to the teachers.")
                  .arg(version),
        {});
    return true;
}

QString ProfileEditor::suggestedFileName() const
{
    const QString id = isProfileId(m_draft.schoolId) ? m_draft.schoolId : QStringLiteral("school");
    return QStringLiteral("%1-v%2.kwprofiel").arg(id).arg(m_draft.version);
}

void ProfileEditor::recheck()
{
    const QDate today = m_desk ? m_desk->clock().today() : QDate::currentDate();
    QVariantMap problems;
    QStringList list;
    for (auto it = m_unparsed.cbegin(); it != m_unparsed.cend(); ++it) {
        problems.insert(it.key(), it.value());
        list << it.value();
    }
    for (const ProfileProblem& p : draftProblems(m_draft, today)) {
        if (!problems.contains(p.field))
            problems.insert(p.field, p.message);
        list << p.message;
    }
    m_problems = problems;
    m_problemList = list;
    m_changes.clear();
    if (m_current) {
        for (const ProfileChange& c : profileChanges(*m_current, m_draft))
            m_changes << c.text;
    }
    emit problemsChanged();
}

void ProfileEditor::setStatus(const QString& status, const QString& error)
{
    m_status = status;
    m_error = error;
    emit statusChanged();
}

} // namespace kw
