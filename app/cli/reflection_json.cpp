#include "cli/reflection_json.h"

#include <QJsonArray>

namespace kw::cli {

QJsonObject toJson(const Reflection& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("date"), r.day.toString(Qt::ISODate));
    o.insert(QStringLiteral("text"), r.text);
    o.insert(QStringLiteral("kernwaarden"), QJsonArray::fromStringList(r.valueIds));
    o.insert(QStringLiteral("outcome"), r.outcome);
    o.insert(QStringLiteral("energy"), r.energy ? QJsonValue(*r.energy) : QJsonValue());
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(r.tagIds));
    o.insert(QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("edited"), r.edited.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

} // namespace kw::cli
