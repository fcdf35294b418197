#pragma once

#include "profile/school_profile.h"
#include "services/journal_service.h"

#include <QObject>
#include <QVariantList>

namespace kw {

/**
 * The school profile as QML reads it (singleton "Profile"): read-only lists and look-ups. The
 * profile can be replaced in place when the teacher imports their school's; changed() then
 * tells every binding.
 */
class ProfileService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QVariantList kernwaarden READ kernwaarden NOTIFY changed)
    Q_PROPERTY(QVariantList contextTags READ contextTags NOTIFY changed)
    Q_PROPERTY(QStringList instrumentIds READ instrumentIds NOTIFY changed)

public:
    /** Follows @p journal's profile: the installed one, also after a restored backup. */
    explicit ProfileService(const JournalService& journal, QObject* parent = nullptr);

    QString schoolName() const { return profile().schoolName; }
    /** [{id, name, description, color}] in profile order. */
    QVariantList kernwaarden() const;
    /** [{id, name}] in profile order. */
    QVariantList contextTags() const;
    /** The wellbeing instruments of the profile, in profile order ("pulse", "who5"). */
    QStringList instrumentIds() const;

    Q_INVOKABLE QString valueName(const QString& id) const;
    Q_INVOKABLE QString valueColor(const QString& id) const;
    Q_INVOKABLE QString tagName(const QString& id) const;
    /** "Les, Ouders": the names of @p ids joined for display. */
    Q_INVOKABLE QString tagNames(const QStringList& ids) const;

    const SchoolProfile& profile() const;
    /** Call after the profile object changed in place (an imported school profile). */
    void notifyChanged() { emit changed(); }

signals:
    void changed();

private:
    const JournalService& m_journal;
};

} // namespace kw
