#include "exchange/demo_keys.h"

#include "exchange/crypto.h"
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

bool isDemoProfile(const SchoolProfile& profile)
{
    static const QList<QByteArray> demoKeys = [] {
        const KeySet hr = demoSchoolKeys();
        const KeySet custodian = demoCustodianKeys();
        return QList<QByteArray> { hr.signPublic, hr.boxPublic, custodian.signPublic,
            custodian.boxPublic };
    }();
    for (const KeyHolder* holder : { &profile.school, &profile.custodian }) {
        if (demoKeys.contains(holder->signKey) || demoKeys.contains(holder->boxKey))
            return true;
    }
    return false;
}

} // namespace kw::exchange
