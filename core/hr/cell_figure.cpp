#include "hr/cell_figure.h"

#include "hr/hr_text.h"

namespace kw::hr {

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
