#include "hr/cell_figure.h"

#include "hr/hr_text.h"

namespace kw::hr {

QString dimensionId(Dimension dimension)
{
    switch (dimension) {
    case Dimension::School:
        return QStringLiteral("school");
    case Dimension::Team:
        return QStringLiteral("team");
    case Dimension::Role:
        return QStringLiteral("role");
    case Dimension::AgeBand:
        return QStringLiteral("age_band");
    }
    return {};
}

std::optional<Dimension> dimensionFromId(const QString& id)
{
    for (Dimension dimension : kDimensions) {
        if (dimensionId(dimension) == id)
            return dimension;
    }
    return std::nullopt;
}

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::School:
        return Text::tr("School");
    case Dimension::Team:
        return Text::tr("Team");
    case Dimension::Role:
        return Text::tr("Role");
    case Dimension::AgeBand:
        return Text::tr("Age band");
    }
    return {};
}

} // namespace kw::hr
