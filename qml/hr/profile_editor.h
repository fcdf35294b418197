#pragma once

#include "profile/school_profile.h"
#include "services/hr_desk.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind HR's profile editor: the school profile as a draft HR edits field by field, starting
 * from HR's current profile (or a template when there is none), checked on every edit by core
 * (profile/profile_draft.h) with each problem tied to its field, and signed with HR's unlocked
 * key into a .kwprofiel for the custodian to co-sign. Whatever HR types stays in the draft, also
 * when it breaks a rule: the problem is shown and signing waits.
 */
class ProfileEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** Where the draft came from, in plain words ("Version 2 of …", "A template …"). */
    Q_PROPERTY(QString startedFrom READ startedFrom NOTIFY loaded)
    /** Whether HR has a profile already: then the school id stays (teachers know it). */
    Q_PROPERTY(bool schoolIdEditable READ schoolIdEditable NOTIFY loaded)
    Q_PROPERTY(int version READ version NOTIFY loaded)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY loaded)
    Q_PROPERTY(QString schoolId READ schoolId NOTIFY loaded)
    /** [{id, name, description, color}] in profile order. */
    Q_PROPERTY(QVariantList kernwaarden READ kernwaarden NOTIFY listsChanged)
    /** [{id, name, staffCount}] each. */
    Q_PROPERTY(QVariantList themes READ themes NOTIFY listsChanged)
    Q_PROPERTY(QVariantList teams READ teams NOTIFY listsChanged)
    Q_PROPERTY(QVariantList roles READ roles NOTIFY listsChanged)
    /** [{id, name, fromAge, toAge}] */
    Q_PROPERTY(QVariantList ageBands READ ageBands NOTIFY listsChanged)
    /** [{role, name, reach}] */
    Q_PROPERTY(QVariantList supportContacts READ supportContacts NOTIFY listsChanged)
    Q_PROPERTY(QStringList colors READ colors CONSTANT)
    Q_PROPERTY(QVariantList periodChoices READ periodChoices CONSTANT)
    /** The numbers as the draft holds them (as typed, also when they break a rule). */
    Q_PROPERTY(QVariantMap numbers READ numbers NOTIFY loaded)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY loaded)
    /** {name, role, contact, fingerprint}; fingerprint "" while no key is chosen. */
    Q_PROPERTY(QVariantMap custodian READ custodian NOTIFY holdersChanged)
    /** [{from, to, signedOn}] of the handovers the profile carries. */
    Q_PROPERTY(QVariantList handovers READ handovers NOTIFY holdersChanged)
    /** [{id, name, fingerprint, teams: [{id, name, on}]}] in profile order. */
    Q_PROPERTY(QVariantList leaders READ leaders NOTIFY holdersChanged)
    /** field → message for every problem the draft has now ("" keys absent). */
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QStringList problemList READ problemList NOTIFY problemsChanged)
    /** What this draft changes against HR's current profile, one sentence each. */
    Q_PROPERTY(QStringList changes READ changes NOTIFY problemsChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY loaded)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    /** The file written by the last signing; "" before. */
    Q_PROPERTY(QString signedPath READ signedPath NOTIFY statusChanged)

public:
    explicit ProfileEditor(QObject* parent = nullptr);
    ~ProfileEditor() override;

    HrDesk* desk() const { return m_desk; }
    void setDesk(HrDesk* desk);

    QString startedFrom() const { return m_startedFrom; }
    bool schoolIdEditable() const { return !m_current; }
    int version() const { return m_draft.version; }
    QString schoolName() const { return m_draft.schoolName; }
    QString schoolId() const { return m_draft.schoolId; }
    QVariantList kernwaarden() const;
    QVariantList themes() const;
    QVariantList teams() const;
    QVariantList roles() const;
    QVariantList ageBands() const;
    QVariantList supportContacts() const;
    QStringList colors() const;
    QVariantList periodChoices() const;
    QVariantMap numbers() const;
    QString validUntil() const;
    QVariantMap custodian() const;
    QVariantList handovers() const;
    QVariantList leaders() const;
    QVariantMap problems() const { return m_problems; }
    QStringList problemList() const { return m_problemList; }
    QStringList changes() const { return m_changes; }
    bool hasCurrent() const { return m_current.has_value(); }
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }
    QString signedPath() const { return m_signedPath; }

    /** Starts again from HR's current profile (or the template): what was typed is dropped. */
    Q_INVOKABLE void reload();
    /** "schoolName", "schoolId", "custodianContact", "validUntil" (ISO day). */
    Q_INVOKABLE void setText(const QString& field, const QString& value);
    /**
     * A number as typed: "minGroupWellbeing", "minGroupCounts", "periodMonths", "hoursPerYear",
     * "savingYears", "extraFromAge", "extraHoursPerYear", "retentionYears". Kept even when it
     * breaks a rule (k of 3: the problem says why); text that is no whole number is a problem of
     * that field.
     */
    Q_INVOKABLE void setNumber(const QString& field, const QString& text);
    /**
     * One field of one row of list @p list ("kernwaarden", "themes", "teams", "roles",
     * "ageBands", "supportContacts"): "name", "description", "color", "staffCount", "fromAge",
     * "toAge", "role", "reach". A new row's id follows its name; a row HR had keeps its id.
     */
    Q_INVOKABLE void setItem(
        const QString& list, int row, const QString& key, const QString& value);
    Q_INVOKABLE void addItem(const QString& list);
    Q_INVOKABLE void removeItem(const QString& list, int row);
    Q_INVOKABLE void moveItem(const QString& list, int from, int to);
    /** Names another custodian by their public key file (.kwsleutel.pub). */
    Q_INVOKABLE bool chooseCustodianKey(const QUrl& file);
    /** Adds a handover (.kwoverdracht) from the outgoing custodian to the one the draft names. */
    Q_INVOKABLE bool addHandover(const QUrl& file);
    /** Lists a leader by their public key file (.kwsleutel.pub); the same name gets new keys. */
    Q_INVOKABLE bool addLeaderKey(const QUrl& file);
    /** Whether leader @p row holds conversations with team @p teamId. */
    Q_INVOKABLE void setLeaderTeam(int row, const QString& teamId, bool on);
    Q_INVOKABLE void removeLeader(int row);
    /** Signs the draft with HR's unlocked key and writes it to @p file; false: errorText says why.
     */
    Q_INVOKABLE bool sign(const QUrl& file);
    /** Adds the profile the custodian co-signed to HR's store; it becomes the current one. */
    Q_INVOKABLE bool addCoSigned(const QUrl& file);
    /** A file name to offer when saving: "<school id>-v<version>.kwprofiel". */
    Q_INVOKABLE QString suggestedFileName() const;

signals:
    void deskChanged();
    void loaded();
    void listsChanged();
    void holdersChanged();
    void problemsChanged();
    void statusChanged();
    /** After a successful sign(): the file the custodian now co-signs. */
    void signedProfile(const QString& path);

private:
    void recheck();
    void setStatus(const QString& status, const QString& error);
    QList<ProfileItem>* itemList(const QString& list);
    QSet<QString>& newIds(const QString& list) { return m_newIds[list]; }

    QPointer<HrDesk> m_desk;
    SchoolProfile m_draft;
    std::optional<SchoolProfile> m_current;
    QString m_startedFrom;
    QHash<QString, QSet<QString>> m_newIds; ///< per list: rows added in this draft
    QHash<QString, QString> m_unparsed; ///< field → message for text that is no number
    QVariantMap m_problems;
    QStringList m_problemList;
    QStringList m_changes;
    QString m_status;
    QString m_error;
    QString m_signedPath;
};

} // namespace kw
