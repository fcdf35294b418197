#pragma once

#include "services/journal_service.h"
#include "services/profile_service.h"
#include "teacher/teacher_exchange.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <optional>

namespace kw {

/**
 * Sharing with the school (singleton "Exchange"): the school profile the app uses and who its
 * two key holders are, importing a new one (checked, then confirmed), the opt-in and the
 * teacher's cohort, and the closed periods with what was shared of each. Contributions
 * themselves are previewed and written by ContributionPreviewModel.
 */
class ExchangeService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(int profileVersion READ profileVersion NOTIFY changed)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY changed)
    Q_PROPERTY(bool isDemoSchool READ isDemoSchool NOTIFY changed)
    /** Whether this journal may share with the school at all; when not, shareRefusal says why
     * (the demo school outside the demo journal). */
    Q_PROPERTY(bool canShare READ canShare NOTIFY changed)
    Q_PROPERTY(QString shareRefusal READ shareRefusal NOTIFY changed)
    Q_PROPERTY(QVariantMap custodian READ custodian NOTIFY changed)
    Q_PROPERTY(QVariantMap hr READ hr NOTIFY changed)
    /** How the custodian came to be this one: {since, fromName, fromFingerprint} from the
     * installed profile's last handover when it leads to the current custodian; else empty. */
    Q_PROPERTY(QVariantMap handover READ handover NOTIFY changed)
    /** The school's verification code ("0417-2291-…"), to compare with what the school
     * published; empty for the demo school, which publishes none. */
    Q_PROPERTY(QString verificationCode READ verificationCode NOTIFY changed)
    Q_PROPERTY(bool optedIn READ optedIn WRITE setOptedIn NOTIFY changed)
    Q_PROPERTY(QString team READ team NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(QString ageBand READ ageBand NOTIFY changed)
    /** [{id, name}] of the profile, each list starting with "" (not given); for teams and roles
     * also staffCount, and detail says it ("13 staff"). */
    Q_PROPERTY(QVariantList teams READ teams NOTIFY changed)
    Q_PROPERTY(QVariantList roles READ roles NOTIFY changed)
    Q_PROPERTY(QVariantList ageBands READ ageBands NOTIFY changed)
    /** [{id, label, shared, revision}] of the closed periods, newest first. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /** The smallest group whose totals are ever shown (the profile's lower k). */
    Q_PROPERTY(int minGroup READ minGroup NOTIFY changed)
    /** The import waiting for the teacher's yes: {verdict, schoolName, version, custodian and
     * hr (as custodian), needsCode, previousCustodian (as custodian; custodianChanged only),
     * handoverFrom and handoverSignedOn: who signed the handover to the new custodian, and
     * when (custodianChanged only), leaderKeyChanges: a line per changed leader key with both
     * fingerprints}; empty when none. */
    Q_PROPERTY(QVariantMap pendingImport READ pendingImport NOTIFY pendingImportChanged)
    /** Where the device secret that contributions' ids come from lives: "keychain" (the
     * system's key store), "journal" (the fallback: no key store could be reached) or "none"
     * (not made yet; the first export makes it). */
    Q_PROPERTY(QString deviceSecretPlace READ deviceSecretPlace NOTIFY changed)
    /** One or two sentences for the teacher saying what deviceSecretPlace means. */
    Q_PROPERTY(QString deviceSecretText READ deviceSecretText NOTIFY changed)

public:
    ExchangeService(
        JournalService& journal, ProfileService& profileService, QObject* parent = nullptr);

    QString schoolName() const { return m_journal.profile().schoolName; }
    int profileVersion() const { return m_journal.profile().version; }
    QString validUntil() const;
    bool isDemoSchool() const;
    bool canShare() const { return m_shareRefusal.isEmpty(); }
    QString shareRefusal() const { return m_shareRefusal; }
    QVariantMap custodian() const;
    QVariantMap hr() const;
    QVariantMap handover() const;
    QString verificationCode() const;
    bool optedIn() const { return m_settings.optedIn; }
    void setOptedIn(bool on);
    QString team() const { return m_settings.cohort.team; }
    QString role() const { return m_settings.cohort.role; }
    QString ageBand() const { return m_settings.cohort.ageBand; }
    QVariantList teams() const;
    QVariantList roles() const;
    QVariantList ageBands() const;
    QVariantList periods() const;
    QString errorText() const { return m_error; }
    int minGroup() const
    {
        return qMin(
            m_journal.profile().rules.minGroupCounts, m_journal.profile().rules.minGroupWellbeing);
    }
    QVariantMap pendingImport() const;
    QString deviceSecretPlace() const;
    QString deviceSecretText() const;

    Q_INVOKABLE void setCohort(const QString& team, const QString& role, const QString& ageBand);
    /** Reads and checks a profile file; on success pendingImport says what it would change. */
    Q_INVOKABLE bool checkImport(const QUrl& file);
    /** Installs the pending import and switches the app to it. A new school's (a first
     * install) only with the verification code the teacher typed, @p code; a wrong one is
     * refused with errorText and changes nothing. */
    Q_INVOKABLE bool confirmImport(const QString& code = {});
    Q_INVOKABLE void cancelImport();
    /** The way back from a wrong school: removes the installed school profile (sharing off,
     * cohort forgotten; reflections, POP and check-ins stay) and switches the app to the demo
     * school until the next first install. */
    Q_INVOKABLE bool removeSchoolProfile();

    exchange::TeacherExchange* teacher() const { return m_journal.exchange(); }
    const JournalService& journal() const { return m_journal; }
    const SchoolProfile& profile() const { return m_journal.profile(); }
    /** After an export: the periods list shows it. */
    void notifyExported();

signals:
    void changed();
    void pendingImportChanged();
    void errorTextChanged(); ///< apart from changed(): a message alone redoes no preview

private:
    void reload();
    /** After an install or a removal: every view follows the profile now in the session. */
    void schoolChanged();
    void setError(const QString& message);
    bool fail(const Error& error);

    JournalService& m_journal;
    ProfileService& m_profileService;
    exchange::ExchangeSettings m_settings;
    QList<exchange::ExportRecord> m_exports;
    std::optional<exchange::ProfileImport> m_pending;
    QString m_shareRefusal;
    QString m_error;
    exchange::SecretPlace m_secretPlace = exchange::SecretPlace::None;
};

} // namespace kw
