#include "exchange/demo_keys.h"

#include "exchange/crypto.h"
#include "exchange/exchange_text.h"
#include "exchange/profile_file.h"
#include "pop/school_year.h"

namespace kw::exchange {

KeySet demoSchoolKeys()
{
    return createKeySet(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("Bureau P&O (demo)"),
        QStringLiteral("HR-adviseur"), crypto::hash("kernwijzer demo school: HR, not secret"));
}

KeySet demoCustodianKeys()
{
    return createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN,
        QStringLiteral("Sanne de Secretaris (fictief)"), QStringLiteral("Secretaris MR"),
        crypto::hash("kernwijzer demo school: custodian, not secret"));
}

Result<QByteArray> demoProfileFile(const SchoolProfile& demo, QDate today)
{
    SchoolProfile dated = demo;
    dated.validUntil = schoolYearEnd(schoolYearOf(today) + 1);
    auto file = createProfileFile(dated, demoSchoolKeys());
    if (!file)
        return file.error();
    return signProfileFile(*file, demoCustodianKeys());
}

namespace {

const QList<QByteArray>& demoKeys()
{
    static const QList<QByteArray> keys = [] {
        const KeySet hr = demoSchoolKeys();
        const KeySet custodian = demoCustodianKeys();
        return QList<QByteArray> { hr.signPublic, hr.boxPublic, custodian.signPublic,
            custodian.boxPublic };
    }();
    return keys;
}

QList<QByteArray> keysOf(const SchoolProfile& profile)
{
    return { profile.school.signKey, profile.school.boxKey, profile.custodian.signKey,
        profile.custodian.boxKey };
}

} // namespace

bool isDemoProfile(const SchoolProfile& profile)
{
    return keysOf(profile) == demoKeys();
}

Error usesDemoKeys()
{
    return Error { Error::Code::Untrusted,
        Text::tr("This profile uses the demo school's keys. They are public, so anyone could "
                 "open what you share with it. It cannot be imported.") };
}

bool isDemoKey(QByteArrayView key)
{
    return demoKeys().contains(key);
}

bool namesDemoKey(const SchoolProfile& profile)
{
    const QList<QByteArray> keys = keysOf(profile);
    return std::any_of(keys.cbegin(), keys.cend(), isDemoKey);
}

} // namespace kw::exchange
