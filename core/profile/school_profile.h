#pragma once

#include "common/result.h"
#include "profile/hours_policy.h"
#include "wellbeing/instrument.h"
#include "wellbeing/support_contact.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kw {

/** A named item of the profile with a stable id: ids are stored, names are shown. */
struct ProfileItem
{
    QString id; ///< lower-case, stable across profile versions ("vertrouwen")
    QString name; ///< as the school writes it ("Vertrouwen")
    int staffCount = 0; ///< teams and roles only: how many staff; never below the profile's k
};

struct Kernwaarde
{
    QString id;
    QString name;
    QString description; ///< one or two sentences in the school's own words
    QString color; ///< "#rrggbb", used for chips and the year view; readable on white
};

/** The narrowest age band a profile may have, in years (SchoolProfile::validate()). */
inline constexpr int kMinAgeBandYears = 10;

/** A coarse age band for anonymised trends: ages fromAge..toAge, counted as in ageIn(). */
struct AgeBand
{
    QString id;
    QString name; ///< "45–54"
    int fromAge = 0;
    int toAge = 0;
};

/** One of the two key holders of the exchange: HR for the school, or the custodian. */
struct KeyHolder
{
    QString name; ///< a person or an office ("J. de Vries")
    QString role; ///< as the school names it ("Secretaris MR")
    QByteArray signKey; ///< Ed25519 public key, 32 bytes
    QByteArray boxKey; ///< X25519 public key, 32 bytes
    /** Proof that the holder has boxKey's secret (exchange/key_file.h): Edwards key, signature. */
    QByteArray boxProofKey;
    QByteArray boxProofSignature;
    QString contact; ///< custodian: where teachers send their files (e-mail, upload page)
    /**
     * The holder's own signature with signKey over their box key (exchange/key_file.h,
     * hasValidKeyBinding): only the holder can pair a box key with their sign key. Required
     * for a leader, whose keys reach teachers on HR's and the custodian's word alone.
     */
    QByteArray keySignature;
    /** Whether @p other is the same key holder: the same two keys, whatever the name. */
    bool sameKeys(const KeyHolder& other) const
    {
        return signKey == other.signKey && boxKey == other.boxKey;
    }
};

/**
 * A team leader who holds waarderingsgesprekken: listed in the co-signed profile so that a
 * teacher's preparation is sealed to a key HR and the custodian both vouched for.
 */
struct Leader
{
    QString id; ///< like a team id
    QStringList teamIds; ///< the teams of this profile the leader holds conversations with
    KeyHolder
        keys; ///< name, signing and sealing keys with the box-key proof; role and contact unused
};

/** How contributions are cut into periods and how large a group must be to be shown. */
struct ExchangeRules
{
    int periodMonths = 2; ///< 1, 2, 3, 4, 6 or 12; the first period starts on 1 August
    int minGroupWellbeing = 10; ///< k for wellbeing metrics; never below 5
    int minGroupCounts = 5; ///< k for kernwaarden and source counts; never below 5
};

/**
 * What a school tells the app about itself: its kernwaarden, themes, teams, roles and the
 * context tags a reflection can carry. A plain value type so it can be built in code (the demo
 * school) or decoded from a signed profile file; validate() is the one gate for both.
 */
struct SchoolProfile
{
    QString schoolId;
    QString schoolName;
    int version = 1;
    QList<Kernwaarde> kernwaarden;
    QList<ProfileItem> themes; ///< leidende principes / beleidsthema's
    QList<ProfileItem> teams;
    QList<ProfileItem> roles;
    QList<ProfileItem> contextTags; ///< les, leerling, ouders, …
    QList<Instrument> instruments; ///< wellbeing questionnaires (WHO-5, the pulse, …)
    QList<ChoiceList> choiceLists; ///< multi-select questions the instruments ask
    QList<SupportContact> supportContacts; ///< shown to a teacher whose WHO-5 is low
    HoursPolicy hoursPolicy; ///< professionaliseringsuren: budget, saving, extra hours
    QDate validUntil; ///< a signed profile is refused after this day; invalid: no end
    QList<AgeBand> ageBands;
    ExchangeRules rules;
    KeyHolder school; ///< HR: signs the profile, opens part H of contributions
    KeyHolder custodian; ///< co-signs the profile, opens part C
    /** Whole .kwoverdracht files, oldest first: how the custodian came to be this one. */
    QList<QByteArray> handovers;
    QList<Leader> leaders; ///< who holds waarderingsgesprekken, with their keys
    /** Years after a teacher left that a leader's app deletes what it holds about them. */
    int retentionYears = 2;

    const ProfileItem* theme(const QString& id) const;
    const ProfileItem* team(const QString& id) const;
    const ProfileItem* role(const QString& id) const;
    const AgeBand* ageBand(const QString& id) const;
    const Leader* leader(const QString& id) const;
    /** The leader listed first for @p teamId, or null: the default leader of a teacher's team. */
    const Leader* leaderOfTeam(const QString& teamId) const;

    const Kernwaarde* kernwaarde(const QString& id) const;
    const ProfileItem* contextTag(const QString& id) const;
    /** Finds a kernwaarde by id or, case-insensitively, by name ("Vertrouwen"). */
    const Kernwaarde* findKernwaarde(const QString& idOrName) const;
    const ProfileItem* findContextTag(const QString& idOrName) const;
    int kernwaardeIndex(const QString& id) const;

    /** Checks the rules every profile must meet (3–7 kernwaarden, unique ids, names set). */
    [[nodiscard]] Status validate() const;
};

/**
 * Whether @p id can name a school or an item of its profile: 1 to 40 of a-z, 0-9, '-' and '_',
 * starting with a letter or digit. Ids travel in exchange files, so they stay this plain.
 */
bool isProfileId(const QString& id);

/** The built-in demo school, used on first run and by the demo command. */
SchoolProfile demoProfile();

} // namespace kw
