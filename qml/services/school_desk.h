#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "services/desk_key.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <functional>

namespace kw {

/**
 * What HR and the custodian work at (singletons "Hr" and "Custodian", hr_desk.h and
 * custodian_desk.h): the role's own database, opened on first use, and the role's key. Nothing
 * is opened while another role uses the app; a teacher's start never pays for it.
 */
class SchoolDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the app makes the desks")
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString openError READ openError NOTIFY changed)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(kw::DeskKey* key READ key CONSTANT)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QUrl demoProfile READ demoProfile CONSTANT)

public:
    /** Runs once before the first open: the demo makes its simulated school here. */
    using Prepare = std::function<Status()>;

    /** The desk of @p databasePath with @p key (owned by the desk). */
    SchoolDesk(QString databasePath, DeskKey* key, const Clock& clock, Prepare prepare,
        QObject* parent = nullptr);

    /** Opens the database when it is not open yet; false when it cannot (openError says why). */
    bool ready();
    QString openError() const { return m_openError; }
    QString databasePath() const { return m_databasePath; }
    bool demo() const { return bool(m_prepare); }
    DeskKey* key() const { return m_key; }
    /** The role's secret keys; null while the key is locked. */
    const exchange::KeySet* keys() const { return m_key->keys(); }
    const Clock& clock() const { return m_clock; }
    /** The demo school's co-signed profile file, for the page tour; empty outside the demo. */
    QUrl demoProfile() const { return m_demoProfile; }
    void setDemoProfile(const QUrl& file) { m_demoProfile = file; }
    /** The school of the newest profile in the database; empty before the first. */
    virtual QString schoolName() = 0;

    /** Call after the store changed (an import, a release, a profile): every page re-reads. */
    Q_INVOKABLE void notifyChanged() { emit changed(); }

signals:
    void changed();

protected:
    /** Opens the role's store on databasePath(). */
    virtual Status openStore() = 0;

private:
    QString m_databasePath;
    DeskKey* m_key;
    const Clock& m_clock;
    Prepare m_prepare;
    QUrl m_demoProfile;
    bool m_tried = false;
    bool m_open = false;
    QString m_openError;
};

} // namespace kw
