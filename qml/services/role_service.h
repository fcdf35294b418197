#pragma once

#include <QObject>
#include <QStringList>

namespace kw {

/**
 * Who uses this device (singleton "Roles"): "leraar" (the teacher, the default),
 * "leidinggevende", "hr" or "vertrouwenshouder" (the custodian). Chosen at the first start and
 * switchable in the settings; remembered device-wide. Each role keeps its own database file, so
 * one device may hold several roles without their data ever sharing a file.
 */
class RoleService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(bool chosen READ chosen NOTIFY changed)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    /**
     * @p override (the --role flag) wins over the remembered role for this run. Without either,
     * @p fallback (a teacher who had a journal before roles existed) counts as chosen; else
     * the first start asks.
     */
    explicit RoleService(
        const QString& override = {}, const QString& fallback = {}, QObject* parent = nullptr);

    QString current() const { return m_current; }
    /** Whether someone chose a role on this device (or --role did); else the first start asks. */
    bool chosen() const { return m_chosen; }
    /** The roles that have screens in this build, in the order the choice shows them. */
    static QStringList available();
    static bool isRole(const QString& role) { return available().contains(role); }

    /** Switches to @p role and remembers it; an unknown role changes nothing. */
    Q_INVOKABLE void choose(const QString& role);

signals:
    void changed();

private:
    QString m_current;
    bool m_chosen = false;
};

} // namespace kw
