#include "exchange/demo_keys.h"
#include "profile/school_profile.h"
#include "wellbeing/builtin_instruments.h"

namespace kw {

// The demo school's texts are the school's own words, so they are Dutch in every UI language,
// as a real school's profile would be.
SchoolProfile demoProfile()
{
    SchoolProfile p;
    p.schoolId = QStringLiteral("demo-de-regenboog");
    p.schoolName = QStringLiteral("Kindcentrum De Regenboog (demo)");
    p.version = 1;
    p.kernwaarden = {
        { QStringLiteral("eigenaarschap"), QStringLiteral("Eigenaarschap"),
            QStringLiteral("Je neemt verantwoordelijkheid voor je eigen werk en leren, en je geeft "
                           "leerlingen ruimte om dat ook te doen."),
            QStringLiteral("#1565C0") },
        { QStringLiteral("talentontwikkeling"), QStringLiteral("Talentontwikkeling"),
            QStringLiteral("Je ziet wat iemand in zich heeft en helpt het te laten groeien, bij "
                           "leerlingen, bij collega's en bij jezelf."),
            QStringLiteral("#2E7D32") },
        { QStringLiteral("vertrouwen"), QStringLiteral("Vertrouwen"),
            QStringLiteral("Je bent betrouwbaar, durft je kwetsbaar op te stellen en gaat uit van "
                           "de goede bedoelingen van de ander."),
            QStringLiteral("#C62828") },
        { QStringLiteral("verbinding"), QStringLiteral("Verbinding"),
            QStringLiteral(
                "Je zoekt contact met leerlingen, ouders en collega's en bouwt samen aan "
                "een plek waar iedereen erbij hoort."),
            QStringLiteral("#6A1B9A") },
        { QStringLiteral("toekomstgericht"), QStringLiteral("Toekomstgericht"),
            QStringLiteral("Je bereidt leerlingen voor op een wereld die verandert en blijft zelf "
                           "nieuwsgierig naar wat beter kan."),
            QStringLiteral("#E65100") },
    };
    p.themes = {
        { QStringLiteral("maatwerk"), QStringLiteral("Maatwerk") },
        { QStringLiteral("lerende-organisatie"), QStringLiteral("Lerende organisatie") },
        { QStringLiteral("samenwerking"), QStringLiteral("Samenwerking") },
    };
    p.teams = {
        { QStringLiteral("onderbouw"), QStringLiteral("Onderbouw"), 14 },
        { QStringLiteral("middenbouw"), QStringLiteral("Middenbouw"), 12 },
        { QStringLiteral("bovenbouw"), QStringLiteral("Bovenbouw"), 13 },
    };
    p.roles = {
        { QStringLiteral("leraar"), QStringLiteral("Leraar"), 27 },
        { QStringLiteral("onderwijsassistent"), QStringLiteral("Onderwijsassistent"), 6 },
        { QStringLiteral("ib"), QStringLiteral("Intern begeleider en zorg"), 5 },
        // Fewer than five team leaders would single them out: they share a role with the staff.
        { QStringLiteral("teamleider"), QStringLiteral("Leiding en staf"), 5 },
    };
    p.contextTags = {
        { QStringLiteral("les"), QStringLiteral("Les") },
        { QStringLiteral("leerling"), QStringLiteral("Leerling") },
        { QStringLiteral("ouders"), QStringLiteral("Ouders") },
        { QStringLiteral("team"), QStringLiteral("Team") },
        { QStringLiteral("professionalisering"), QStringLiteral("Professionalisering") },
    };
    // Demo values for the profile's hours settings, not a statement of any CAO.
    p.hoursPolicy
        = { .hoursPerYear = 40, .savingYears = 3, .extraFromAge = 57, .extraHoursPerYear = 10 };
    addDemoWellbeing(p);
    p.ageBands = {
        { QStringLiteral("tot-30"), QStringLiteral("Tot 30"), 14, 29 },
        { QStringLiteral("30-44"), QStringLiteral("30–44"), 30, 44 },
        { QStringLiteral("45-54"), QStringLiteral("45–54"), 45, 54 },
        { QStringLiteral("55-plus"), QStringLiteral("55 en ouder"), 55, 99 },
    };
    p.rules = { .periodMonths = 2, .minGroupWellbeing = 10, .minGroupCounts = 5 };
    p.school = exchange::demoSchoolKeys().holder();
    p.custodian = exchange::demoCustodianKeys().holder();
    p.custodian.contact = QStringLiteral("vertrouwenshouder@regenboog.example");
    return p;
}

} // namespace kw
