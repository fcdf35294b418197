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

QList<CellFigure> ofRelease(const QList<Figure>& figures, const QString& period, int releaseNumber)
{
    QList<CellFigure> out;
    out.reserve(figures.size());
    for (const Figure& f : figures) {
        CellFigure figure;
        static_cast<Figure&>(figure) = f;
        figure.period = period;
        figure.releaseNumber = releaseNumber;
        out << figure;
    }
    return out;
}

} // namespace kw::hr
