#include "demo/demo_journal.h"

#include "profile/school_profile.h"

#include <QRandomGenerator>

namespace kw {

namespace {

struct Moment
{
    const char* text;
    const char* value; ///< the kernwaarde the moment mostly touches
    const char* tag;
};

// Short, realistic moments of a primary-school week, each with the kernwaarde it touches most.
constexpr Moment moments[] = {
    { "Noor mocht zelf kiezen hoe ze haar rekendoel aanpakt. Ze plande drie stappen en hield "
      "zich eraan.",
        "eigenaarschap", "leerling" },
    { "Groep 6 zette zelf de weektaak op het bord. Minder vragen aan mij, meer aan elkaar.",
        "eigenaarschap", "les" },
    { "Ik heb mijn eigen planning voor de rapporten op tijd rond gekregen door vrijdag te "
      "blokken.",
        "eigenaarschap", "professionalisering" },
    { "Sem liet zien hoe goed hij kan tekenen; ik heb hem gevraagd de poster voor de "
      "projectweek te maken.",
        "talentontwikkeling", "leerling" },
    { "Collegiale consultatie met Fatima over begrijpend lezen: twee nieuwe werkvormen "
      "geprobeerd.",
        "talentontwikkeling", "professionalisering" },
    { "De verlengde instructie werkte: vier kinderen die vastliepen, snapten breuken aan het "
      "eind van de les.",
        "talentontwikkeling", "les" },
    { "Gesprek met de ouders van Daan over zijn thuissituatie. Ze vertelden meer dan ik had "
      "verwacht; ik heb vooral geluisterd.",
        "vertrouwen", "ouders" },
    { "Lotte kwam na de les vertellen dat ze gepest wordt. Samen met haar een plan gemaakt, "
      "morgen volg ik het op.",
        "vertrouwen", "leerling" },
    { "In het teamoverleg durfde ik te zeggen dat mijn aanpak van de rekenmethode niet "
      "werkt. Goede reacties gekregen.",
        "vertrouwen", "team" },
    { "Kringgesprek over de vakantie: iedereen kwam aan het woord, ook de stille kinderen.",
        "verbinding", "les" },
    { "Met de duo-collega de overdracht beter afgesproken; we appen niet meer 's avonds.",
        "verbinding", "team" },
    { "Koffieochtend voor ouders van groep 3: veel nieuwe gezichten en goede gesprekken.",
        "verbinding", "ouders" },
    { "Les over duurzaamheid: de klas bedacht zelf een plan om minder papier te gebruiken.",
        "toekomstgericht", "les" },
    { "Eerste keer programmeren met de Bee-Bots. Chaos, maar de kinderen bleven proberen.",
        "toekomstgericht", "les" },
    { "Studiedag over formatief handelen: ik wil exit tickets proberen in mijn rekenlessen.",
        "toekomstgericht", "professionalisering" },
    { "Moeilijke ochtend: te veel incidenten op het plein en geen tijd om ze goed af te "
      "handelen.",
        "verbinding", "leerling" },
    { "Oudergesprek liep stroef; de vader was boos over het advies. Ik bleef rustig en we "
      "spraken een vervolg af.",
        "vertrouwen", "ouders" },
};

} // namespace

QList<Reflection> demoReflections(
    const SchoolProfile& profile, int count, QDate today, int days, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Reflection> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Moment& m = moments[rng.bounded(int(std::size(moments)))];
        Reflection r;
        r.text = QString::fromUtf8(m.text);
        r.day = today.addDays(-qint64(rng.bounded(days)));
        r.valueIds << (profile.kernwaarde(QString::fromUtf8(m.value))
                ? QString::fromUtf8(m.value)
                : profile.kernwaarden.first().id);
        if (rng.bounded(4) == 0) {
            const QString extra
                = profile.kernwaarden[rng.bounded(int(profile.kernwaarden.size()))].id;
            if (!r.valueIds.contains(extra))
                r.valueIds << extra;
        }
        r.outcome = 2 + int(rng.bounded(4));
        if (rng.bounded(3) != 0)
            r.energy = 1 + int(rng.bounded(5));
        if (profile.contextTag(QString::fromUtf8(m.tag)))
            r.tagIds << QString::fromUtf8(m.tag);
        out << r;
    }
    return out;
}

} // namespace kw
