#include "demo/demo_school_profile.h"

#include "exchange/profile_file.h"

namespace kw::demo {

namespace v1 = ::kernwijzer::v1;

SchoolKeys createSchoolKeys()
{
    return { exchange::createKeySet(v1::PARTY_SCHOOL, QStringLiteral("P&O De Vlinder (simulatie)"),
                 QStringLiteral("HR-adviseur")),
        exchange::createKeySet(v1::PARTY_CUSTODIAN, QStringLiteral("Carla de Vries (simulatie)"),
            QStringLiteral("Secretaris MR")) };
}

SchoolProfile simulatedSchoolProfile(const SchoolIdentity& identity, const SimulatedStaff& staff,
    const SchoolKeys& keys, QDate today)
{
    // The demo school's values, instruments and lists; everything that makes it a school of its
    // own is set here.
    SchoolProfile p = demoProfile();
    p.schoolId = identity.id;
    p.schoolName = identity.name;
    p.version = 1;
    p.teams = staff.teams;
    p.roles = staff.roles;
    p.rules = { .periodMonths = 2, .minGroupWellbeing = 10, .minGroupCounts = 5 };
    p.validUntil = today.addYears(1);
    p.school = keys.hr.holder();
    p.custodian = keys.custodian.holder();
    p.custodian.contact = QStringLiteral("vertrouwenshouder@vlinder.example");
    return p;
}

Result<QByteArray> coSignedProfileFile(const SchoolProfile& profile, const SchoolKeys& keys)
{
    auto signedByHr = exchange::createProfileFile(profile, keys.hr);
    if (!signedByHr)
        return signedByHr.error();
    return exchange::signProfileFile(*signedByHr, keys.custodian);
}

} // namespace kw::demo
