#include "exchange_fixtures.h"

#include "exchange/crypto.h"
#include "exchange/profile_file.h"

namespace kw::test {

using namespace kw::exchange;

KeySet schoolKeys(const char* seed)
{
    return createKeySet(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("P&O Test"),
        QStringLiteral("HR-adviseur"), crypto::hash(seed));
}

KeySet custodianKeys(const char* seed)
{
    return createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("Carla Custodian"),
        QStringLiteral("Secretaris MR"), crypto::hash(seed));
}

SchoolProfile signedProfileFor(
    const KeySet& school, const KeySet& custodian, int version, QDate validUntil)
{
    SchoolProfile p = demoProfile();
    p.schoolId = QStringLiteral("kc-de-linde");
    p.schoolName = QStringLiteral("Kindcentrum De Linde");
    p.version = version;
    p.validUntil = validUntil;
    p.school = school.holder();
    p.custodian = custodian.holder();
    return p;
}

QByteArray coSignedFile(const SchoolProfile& profile, const KeySet& school, const KeySet& custodian)
{
    auto file = createProfileFile(profile, school);
    if (!file)
        qFatal("createProfileFile: %s", qPrintable(file.error().message));
    auto both = signProfileFile(*file, custodian);
    if (!both)
        qFatal("signProfileFile: %s", qPrintable(both.error().message));
    return *both;
}

} // namespace kw::test
