#include "wellbeing/builtin_instruments.h"

namespace kw {

namespace {

LocalizedText t(const char* nl, const char* en)
{
    return { QString::fromUtf8(nl), QString::fromUtf8(en) };
}

ChoiceOption option(const char* id, const char* name)
{
    return { QString::fromUtf8(id), QString::fromUtf8(name) };
}

} // namespace

// The Dutch and English wording of the WHO-5 (Psychiatric Research Unit, WHO Collaborating
// Centre, 1998); the instrument is free to use when its wording is kept as published.
Instrument who5Instrument()
{
    Instrument in;
    in.id = QStringLiteral("who5");
    in.version = 1;
    in.name = t("WHO-5 welbevinden", "WHO-5 Well-Being Index");
    in.intro = t("Geef bij elk van de vijf uitspraken aan wat het meest overeenkomt met hoe u zich "
                 "de afgelopen twee weken hebt gevoeld.",
        "Please indicate for each of the five statements which is closest to how you have been "
        "feeling over the last two weeks.");
    in.items = {
        { QStringLiteral("opgewekt"),
            t("Ik voelde me opgewekt en in een goede stemming",
                "I have felt cheerful and in good spirits") },
        { QStringLiteral("rustig"),
            t("Ik voelde me rustig en ontspannen", "I have felt calm and relaxed") },
        { QStringLiteral("actief"),
            t("Ik voelde me actief en energiek", "I have felt active and vigorous") },
        { QStringLiteral("uitgerust"),
            t("Ik voelde me fris en uitgerust toen ik wakker werd",
                "I woke up feeling fresh and rested") },
        { QStringLiteral("interesse"),
            t("Mijn dagelijks leven was gevuld met dingen die mij interesseren",
                "My daily life has been filled with things that interest me") },
    };
    in.scale = { 0, 5,
        {
            { 0, t("Nooit", "At no time") },
            { 1, t("Af en toe", "Some of the time") },
            { 2, t("Minder dan de helft van de tijd", "Less than half of the time") },
            { 3, t("Meer dan de helft van de tijd", "More than half of the time") },
            { 4, t("Het grootste deel van de tijd", "Most of the time") },
            { 5, t("De hele tijd", "All of the time") },
        } };
    in.allItemsRequired = true;
    in.period = PeriodKind::Fortnight;
    in.scoring = { ScoringRule::Kind::SumTimes, 4 };
    in.cutOffs = { { 50, Band::Low }, { 28, Band::Advise } };
    return in;
}

// Every pulse item is worded so that a higher answer is better: a low "werkdruk" answer means the
// work did not fit the time, so the mean stays a fair summary.
Instrument pulseInstrument()
{
    Instrument in;
    in.id = QStringLiteral("pulse");
    in.version = 1;
    in.name = t("Weekpuls", "Weekly pulse");
    in.intro = t("Hoe was je week? Twintig seconden, alleen voor jou.",
        "How was your week? Twenty seconds, for you only.");
    in.items = {
        { QStringLiteral("energie"),
            t("Hoeveel energie had je deze week?", "How much energy did you have this week?") },
        { QStringLiteral("werkdruk"),
            t("Hoe goed paste je werk deze week in de tijd die je had?",
                "How well did your work fit the time you had this week?") },
        { QStringLiteral("werkplezier"),
            t("Hoeveel plezier had je deze week in je werk?",
                "How much did you enjoy your work this week?") },
        { QStringLiteral("balans"),
            t("Hoe was de balans tussen werk en rust deze week?",
                "How was the balance between work and rest this week?") },
    };
    in.scale = { 1, 5,
        {
            { 1, t("Heel slecht", "Very poor") },
            { 3, t("Gaat wel", "So-so") },
            { 5, t("Heel goed", "Very good") },
        } };
    in.allItemsRequired = false;
    in.period = PeriodKind::Week;
    in.scoring = { ScoringRule::Kind::ItemMean, 1 };
    in.choiceListIds = { QStringLiteral("blij"), QStringLiteral("werkdruk") };
    return in;
}

QList<ChoiceList> defaultChoiceLists()
{
    return {
        { QStringLiteral("blij"),
            t("Waar werd je deze week blij van?", "What made you happy this week?"),
            {
                option("leerlingen-groei", "Leerlingen die groeien"),
                option("geslaagde-les", "Een geslaagde les"),
                option("collegas", "Collega's"),
                option("waardering", "Waardering"),
                option("eigen-ontwikkeling", "Eigen ontwikkeling"),
                option("eigen-keuze", "Ruimte om zelf te kiezen"),
            } },
        { QStringLiteral("werkdruk"),
            t("Waar kwam je werkdruk vooral vandaan?", "Where did your workload mostly come from?"),
            {
                option("administratie", "Administratieve taken"),
                option("e-mail", "E-mail"),
                option("vergaderingen", "Vergaderingen en overleg"),
                option("incidenten", "Ad-hoc zaken en incidenten"),
                option("ouders", "Verwachtingen van ouders"),
                option("thuissituaties", "Complexe thuissituaties van leerlingen"),
                option("ict", "Ict-systemen"),
                option("informatie-zoeken", "Informatie zoeken"),
                option("te-weinig-handen", "Te weinig handen"),
            } },
    };
}

void addDemoWellbeing(SchoolProfile& p)
{
    p.instruments = { who5Instrument(), pulseInstrument() };
    p.choiceLists = defaultChoiceLists();
    // Fictional people: a real school names its own in its profile.
    p.supportContacts = {
        { QStringLiteral("Vertrouwenspersoon"), QStringLiteral("Vera Voorbeeld (fictief)"),
            QStringLiteral("vertrouwenspersoon@regenboog.example, ma en do na schooltijd") },
        { QStringLiteral("Bedrijfsarts"), QStringLiteral("Dr. Bas Bedenksel (fictief)"),
            QStringLiteral("Via de arbodienst: arbo@regenboog.example") },
        { QStringLiteral("Huisarts"), QStringLiteral("Je eigen huisarts"),
            QStringLiteral("Bel de praktijk voor een afspraak") },
    };
}

} // namespace kw
