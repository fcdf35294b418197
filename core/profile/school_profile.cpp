#include "profile/school_profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Profile)
};

template <typename Item> const Item* findBy(const QList<Item>& items, const QString& idOrName)
{
    const QString key = idOrName.trimmed();
    for (const Item& item : items) {
        if (item.id == key || item.name.compare(key, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

template <typename Item> const Item* byId(const QList<Item>& items, const QString& id)
{
    for (const Item& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template <typename Item> Status checkItems(const QList<Item>& items, const QString& what)
{
    QSet<QString> seen;
    for (const Item& item : items) {
        if (!isProfileId(item.id))
            return Error { Error::Code::InvalidInput,
                Text::tr("The profile has an invalid id \"%1\" in %2.").arg(item.id, what) };
        if (item.name.trimmed().isEmpty())
            return Error { Error::Code::InvalidInput,
                Text::tr("The profile has an item without a name in %1.").arg(what) };
        if (seen.contains(item.id))
            return Error { Error::Code::InvalidInput,
                Text::tr("The profile names \"%1\" twice in %2.").arg(item.id, what) };
        seen.insert(item.id);
    }
    return {};
}

} // namespace

bool isProfileId(const QString& id)
{
    // Anchored: "^…$" would also accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,39}")));
    return pattern.match(id).hasMatch();
}

const Kernwaarde* SchoolProfile::kernwaarde(const QString& id) const
{
    return byId(kernwaarden, id);
}

const ProfileItem* SchoolProfile::contextTag(const QString& id) const
{
    return byId(contextTags, id);
}

const ProfileItem* SchoolProfile::theme(const QString& id) const
{
    return byId(themes, id);
}

const ProfileItem* SchoolProfile::team(const QString& id) const
{
    return byId(teams, id);
}

const ProfileItem* SchoolProfile::role(const QString& id) const
{
    return byId(roles, id);
}

const AgeBand* SchoolProfile::ageBand(const QString& id) const
{
    return byId(ageBands, id);
}

const Kernwaarde* SchoolProfile::findKernwaarde(const QString& idOrName) const
{
    return findBy(kernwaarden, idOrName);
}

const ProfileItem* SchoolProfile::findContextTag(const QString& idOrName) const
{
    return findBy(contextTags, idOrName);
}

int SchoolProfile::kernwaardeIndex(const QString& id) const
{
    for (int i = 0; i < kernwaarden.size(); ++i) {
        if (kernwaarden[i].id == id)
            return i;
    }
    return -1;
}

Status SchoolProfile::validate() const
{
    if (schoolId.trimmed().isEmpty() || schoolName.trimmed().isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile has no school id or name.") };
    if (!isProfileId(schoolId))
        return Error { Error::Code::InvalidInput,
            Text::tr("The school id \"%1\" may only hold a-z, 0-9, - and _ (at most 40).")
                .arg(schoolId.left(40)) };
    if (kernwaarden.size() < 3 || kernwaarden.size() > 7)
        return Error { Error::Code::InvalidInput,
            Text::tr("A school has 3 to 7 kernwaarden; this profile has %1.")
                .arg(kernwaarden.size()) };
    for (const Kernwaarde& value : kernwaarden) {
        static const QRegularExpression colorPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("#[0-9a-fA-F]{6}")));
        if (!colorPattern.match(value.color).hasMatch())
            return Error { Error::Code::InvalidInput,
                Text::tr("Kernwaarde \"%1\" has no colour.").arg(value.name) };
    }
    for (const Status& s : { checkItems(kernwaarden, Text::tr("the kernwaarden")),
             checkItems(themes, Text::tr("the themes")), checkItems(teams, Text::tr("the teams")),
             checkItems(roles, Text::tr("the roles")),
             checkItems(contextTags, Text::tr("the context tags")) }) {
        if (!s)
            return s;
    }
    if (Status s = checkItems(ageBands, Text::tr("the age bands")); !s)
        return s;
    for (int i = 0; i < ageBands.size(); ++i) {
        const AgeBand& band = ageBands[i];
        const bool overlaps = i > 0 && band.fromAge <= ageBands[i - 1].toAge;
        if (band.fromAge < 14 || band.toAge > 99 || band.fromAge > band.toAge || overlaps)
            return Error { Error::Code::InvalidInput,
                Text::tr("Age band \"%1\" must run from 14 to 99 at most, in ascending order "
                         "without overlap.")
                    .arg(band.id) };
        // A narrow band, with a team and a role, soon describes one person.
        if (band.toAge - band.fromAge + 1 < kMinAgeBandYears)
            return Error { Error::Code::InvalidInput,
                Text::tr("Age band \"%1\" spans %2 years; every band spans at least %3, so that "
                         "it never points at one person.")
                    .arg(band.id)
                    .arg(band.toAge - band.fromAge + 1)
                    .arg(kMinAgeBandYears) };
    }
    static const QList<int> periodLengths { 1, 2, 3, 4, 6, 12 };
    if (!periodLengths.contains(rules.periodMonths))
        return Error {
            Error::Code::InvalidInput,
            Text::tr("A period lasts 1, 2, 3, 4, 6 or 12 months, not %1.").arg(rules.periodMonths)
        };
    if (rules.minGroupWellbeing < 5 || rules.minGroupCounts < 5)
        return Error { Error::Code::InvalidInput,
            Text::tr("A group must have at least 5 people before its figures are shown.") };
    for (const auto& [items, what] :
        { std::pair { &teams, Text::tr("Team") }, std::pair { &roles, Text::tr("Role") } }) {
        for (const ProfileItem& item : *items) {
            if (item.staffCount < rules.minGroupCounts)
                return Error { Error::Code::InvalidInput,
                    Text::tr("%1 \"%2\" has %3 staff; every team and role needs at least %4 (the "
                             "profile's smallest group), else its cohort points at a few "
                             "people. Merge it with another.")
                        .arg(what, item.name)
                        .arg(item.staffCount)
                        .arg(rules.minGroupCounts) };
        }
    }
    if (Status s = validateInstruments(instruments, choiceLists); !s)
        return s;
    if (Status s = validateSupportContacts(supportContacts); !s)
        return s;
    if (Status s = hoursPolicy.validate(); !s)
        return s;
    return {};
}

} // namespace kw
