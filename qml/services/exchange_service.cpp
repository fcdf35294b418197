#include "services/exchange_service.h"

#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/verification_code.h"

#include <QLocale>

namespace kw {

namespace {

QVariantList itemsWithNone(const QList<ProfileItem>& items, bool withStaff)
{
    QVariantList list { QVariantMap { { QStringLiteral("id"), QString() },
        { QStringLiteral("name"), ExchangeService::tr("Rather not say") } } };
    for (const ProfileItem& item : items) {
        QVariantMap entry { { QStringLiteral("id"), item.id },
            { QStringLiteral("name"), item.name } };
        if (withStaff) {
            entry.insert(QStringLiteral("staffCount"), item.staffCount);
            entry.insert(QStringLiteral("detail"),
                ExchangeService::tr("%n staff", nullptr, item.staffCount));
        }
        list << entry;
    }
    return list;
}

/** "31 juli 2027": a weekday would only make the line longer on a phone. */
QString longDate(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

/** The handover @p profile carries to the custodian it names, the last one if several. */
std::optional<exchange::CustodianHandover> handoverTo(const SchoolProfile& profile)
{
    for (qsizetype i = profile.handovers.size() - 1; i >= 0; --i) {
        auto handover = exchange::readHandoverFile(profile.handovers[i]);
        if (handover && handover->schoolId == profile.schoolId
            && handover->incoming.sameKeys(profile.custodian))
            return *handover;
    }
    return std::nullopt;
}

QVariantMap holderMap(const KeyHolder& h)
{
    return { { QStringLiteral("name"), h.name }, { QStringLiteral("role"), h.role },
        { QStringLiteral("contact"), h.contact },
        { QStringLiteral("fingerprint"), crypto::fingerprint(h.signKey) } };
}

} // namespace

ExchangeService::ExchangeService(
    JournalService& journal, ProfileService& profileService, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_profileService(profileService)
{
    // A changed journal may mean another profile (an import, a removal) or another language
    // (main() tells the journal): the refusal and the lists are read again.
    connect(&m_journal, &JournalService::changed, this, &ExchangeService::reload);
    reload();
}

void ExchangeService::reload()
{
    if (!teacher())
        return;
    if (auto settings = teacher()->store().settings())
        m_settings = *settings;
    if (auto exports = teacher()->store().exports(m_journal.profile().schoolId))
        m_exports = *exports;
    if (auto place = teacher()->store().deviceSecretPlace())
        m_secretPlace = *place;
    const Status school = teacher()->checkSchool(m_journal.profile());
    m_shareRefusal = school ? QString() : school.error().message;
    emit changed();
}

void ExchangeService::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorTextChanged();
}

bool ExchangeService::fail(const Error& error)
{
    setError(error.message);
    return false;
}

QString ExchangeService::validUntil() const
{
    return longDate(m_journal.profile().validUntil);
}

bool ExchangeService::isDemoSchool() const
{
    return exchange::namesDemoKey(m_journal.profile());
}

QVariantMap ExchangeService::custodian() const
{
    return holderMap(m_journal.profile().custodian);
}

QVariantMap ExchangeService::hr() const
{
    return holderMap(m_journal.profile().school);
}

QVariantMap ExchangeService::handover() const
{
    const auto handover = handoverTo(m_journal.profile());
    if (!handover)
        return {};
    return { { QStringLiteral("since"), longDate(handover->signedOn) },
        { QStringLiteral("fromName"), handover->outgoing.name },
        { QStringLiteral("fromFingerprint"), crypto::fingerprint(handover->outgoing.signKey) } };
}

QString ExchangeService::verificationCode() const
{
    return isDemoSchool() ? QString() : exchange::verificationCode(m_journal.profile());
}

void ExchangeService::setOptedIn(bool on)
{
    if (!teacher() || on == m_settings.optedIn)
        return;
    if (on && !canShare()) {
        fail(Error { Error::Code::Untrusted, m_shareRefusal });
        return;
    }
    exchange::ExchangeSettings next = m_settings;
    next.optedIn = on;
    if (Status s = teacher()->store().setSettings(next); !s) {
        fail(s.error());
        return;
    }
    setError({});
    reload();
}

void ExchangeService::setCohort(const QString& team, const QString& role, const QString& ageBand)
{
    if (!teacher())
        return;
    exchange::ExchangeSettings next = m_settings;
    next.cohort = { team, role, ageBand };
    if (next.cohort == m_settings.cohort)
        return;
    if (Status s = teacher()->store().setSettings(next); !s) {
        fail(s.error());
        return;
    }
    setError({});
    reload();
}

QVariantList ExchangeService::teams() const
{
    return itemsWithNone(m_journal.profile().teams, true);
}

QVariantList ExchangeService::roles() const
{
    return itemsWithNone(m_journal.profile().roles, true);
}

QVariantList ExchangeService::ageBands() const
{
    QList<ProfileItem> items;
    for (const AgeBand& band : m_journal.profile().ageBands)
        items.append({ band.id, band.name });
    return itemsWithNone(items, false);
}

QVariantList ExchangeService::periods() const
{
    QVariantList list;
    if (!teacher())
        return list;
    for (const exchange::ExchangePeriod& period :
        teacher()->exportablePeriods(m_journal.profile())) {
        quint32 revision = 0;
        for (const exchange::ExportRecord& record : m_exports) {
            if (record.period == period.id())
                revision = record.revision;
        }
        list << QVariantMap { { QStringLiteral("id"), period.id() },
            { QStringLiteral("label"), period.label() }, { QStringLiteral("shared"), revision > 0 },
            { QStringLiteral("revision"), int(revision) } };
    }
    return list;
}

QVariantMap ExchangeService::pendingImport() const
{
    if (!m_pending)
        return {};
    using Verdict = exchange::ProfileImport::Verdict;
    const SchoolProfile& p = m_pending->profile;
    const Verdict v = m_pending->verdict;
    QVariantMap out { { QStringLiteral("verdict"),
                          v == Verdict::New          ? QStringLiteral("new")
                              : v == Verdict::Update ? QStringLiteral("update")
                              : v == Verdict::Same   ? QStringLiteral("same")
                                                     : QStringLiteral("custodianChanged") },
        { QStringLiteral("schoolName"), p.schoolName }, { QStringLiteral("version"), p.version },
        { QStringLiteral("custodian"), holderMap(p.custodian) },
        { QStringLiteral("hr"), holderMap(p.school) },
        { QStringLiteral("needsCode"), m_pending->needsVerificationCode() } };
    QStringList leaderKeyChanges;
    for (const ProfileChange& change : m_pending->leaderKeyChanges)
        leaderKeyChanges << change.text;
    out.insert(QStringLiteral("leaderKeyChanges"), leaderKeyChanges);
    if (v == Verdict::CustodianChanged) {
        out.insert(QStringLiteral("previousCustodian"), holderMap(m_pending->previousCustodian));
        const auto handover = handoverTo(p);
        out.insert(QStringLiteral("handoverFrom"), handover ? handover->outgoing.name : QString());
        out.insert(QStringLiteral("handoverSignedOn"),
            handover ? longDate(handover->signedOn) : QString());
    }
    return out;
}

bool ExchangeService::checkImport(const QUrl& file)
{
    m_pending.reset();
    emit pendingImportChanged();
    if (!teacher())
        return fail(Error { Error::Code::Io, m_journal.openError() });
    auto bytes
        = exchange::readFileLimited(file.isLocalFile() ? file.toLocalFile() : file.toString(),
            exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
    if (!bytes)
        return fail(bytes.error());
    auto check = teacher()->checkImport(*bytes);
    if (!check)
        return fail(check.error());
    m_pending = *check;
    setError({});
    emit pendingImportChanged();
    return true;
}

bool ExchangeService::confirmImport(const QString& code)
{
    if (!m_pending || !teacher())
        return false;
    // The session switches every store to the school's own kernwaarden, instruments and rules;
    // the notifications refresh every view. Core checks the code: nothing here can skip it.
    if (Status s = m_journal.session()->install(*m_pending, code); !s)
        return fail(s.error());
    schoolChanged();
    return true;
}

void ExchangeService::cancelImport()
{
    m_pending.reset();
    emit pendingImportChanged();
}

QString ExchangeService::deviceSecretPlace() const
{
    switch (m_secretPlace) {
    case exchange::SecretPlace::Keychain:
        return QStringLiteral("keychain");
    case exchange::SecretPlace::Journal:
        return QStringLiteral("journal");
    case exchange::SecretPlace::None:
        break;
    }
    return QStringLiteral("none");
}

QString ExchangeService::deviceSecretText() const
{
    switch (m_secretPlace) {
    case exchange::SecretPlace::Keychain:
        return tr("The secret this device derives your contributions' ids from is kept in your "
                  "system's keychain. A copy of your journal file alone does not reveal it.");
    case exchange::SecretPlace::Journal:
        return tr("The secret this device derives your contributions' ids from is kept in this "
                  "journal, because no system keychain could be reached. Whoever gets a copy of "
                  "your journal file can tell which contributions came from this device. At a "
                  "next export it moves to the keychain, when one can be reached.");
    case exchange::SecretPlace::None:
        break;
    }
    return tr("Your first export makes the secret this device derives your contributions' ids "
              "from. It is kept in your system's keychain, or in this journal when no keychain "
              "can be reached.");
}

void ExchangeService::schoolChanged()
{
    m_pending.reset();
    setError({});
    emit pendingImportChanged();
    m_profileService.notifyChanged();
    m_journal.notifyChanged(); // and so reload()
}

bool ExchangeService::removeSchoolProfile()
{
    if (!teacher())
        return fail(Error { Error::Code::Io, m_journal.openError() });
    // Switched in place like an import: every store, model and view follows the demo school.
    if (Status s = m_journal.session()->removeSchoolProfile(); !s)
        return fail(s.error());
    schoolChanged();
    return true;
}

void ExchangeService::notifyExported()
{
    reload();
}

} // namespace kw
