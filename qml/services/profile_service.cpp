#include "services/profile_service.h"

namespace kw {

ProfileService::ProfileService(const JournalService& journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
{
    connect(&journal, &JournalService::replaced, this, &ProfileService::changed);
}

const SchoolProfile& ProfileService::profile() const
{
    return m_journal.profile();
}

QVariantList ProfileService::kernwaarden() const
{
    QVariantList list;
    for (const Kernwaarde& v : profile().kernwaarden) {
        list << QVariantMap { { QStringLiteral("id"), v.id }, { QStringLiteral("name"), v.name },
            { QStringLiteral("description"), v.description },
            { QStringLiteral("color"), v.color } };
    }
    return list;
}

QVariantList ProfileService::contextTags() const
{
    QVariantList list;
    for (const ProfileItem& t : profile().contextTags)
        list << QVariantMap { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name } };
    return list;
}

QStringList ProfileService::instrumentIds() const
{
    QStringList ids;
    for (const Instrument& instrument : profile().instruments)
        ids << instrument.id;
    return ids;
}

QString ProfileService::valueName(const QString& id) const
{
    const Kernwaarde* v = profile().kernwaarde(id);
    return v ? v->name : id;
}

QString ProfileService::valueColor(const QString& id) const
{
    const Kernwaarde* v = profile().kernwaarde(id);
    return v ? v->color : QStringLiteral("#9e9e9e");
}

QString ProfileService::tagNames(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids)
        names << tagName(id);
    return names.join(QStringLiteral(", "));
}

QString ProfileService::tagName(const QString& id) const
{
    const ProfileItem* t = profile().contextTag(id);
    return t ? t->name : id;
}

} // namespace kw
