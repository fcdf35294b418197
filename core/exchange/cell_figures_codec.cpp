#include "exchange/cell_figures_codec.h"

#include "exchange/envelope.h"

namespace kw::exchange {

namespace v1 = ::kernwijzer::v1;

namespace {

void writeFigures(const CellFigures& in, v1::CellFigures* out)
{
    out->mutable_cell()->set_dimension(v1::Dimension(int(in.cell.dimension)));
    out->mutable_cell()->set_id(in.cell.id.toStdString());
    for (const MetricFigure& f : in.metrics) {
        auto* m = out->add_metrics();
        m->set_metric(quint32(f.metric));
        m->set_withheld(v1::Withheld(int(f.reason)));
        if (f.released()) {
            m->set_contributors(quint32(f.contributors));
            m->set_value_sum(f.valueSum);
            m->set_square_sum(f.squareSum);
        }
    }
}

std::optional<CellFigures> readFigures(const v1::CellFigures& in)
{
    if (!v1::Dimension_IsValid(in.cell().dimension()))
        return std::nullopt;
    CellFigures out;
    out.cell = { Dimension(int(in.cell().dimension())), QString::fromStdString(in.cell().id()) };
    for (const v1::MetricFigure& m : in.metrics()) {
        if (!v1::Withheld_IsValid(m.withheld()))
            return std::nullopt;
        MetricFigure f { int(qMin<quint32>(m.metric(), 1'000'000)), privacy::Reason(m.withheld()),
            int(qMin<quint32>(m.contributors(), 1'000'000'000)), m.value_sum(), m.square_sum() };
        // A withheld figure carries its reason and nothing else, not even a count.
        if (!f.released() && (f.contributors != 0 || f.valueSum != 0 || f.squareSum != 0))
            return std::nullopt;
        out.metrics.append(f);
    }
    return out;
}

} // namespace

void writeCellFigures(
    const QList<CellFigures>& cells, google::protobuf::RepeatedPtrField<v1::CellFigures>* out)
{
    for (const CellFigures& cell : cells)
        writeFigures(cell, out->Add());
}

Result<QList<CellFigures>> readCellFigures(
    const google::protobuf::RepeatedPtrField<v1::CellFigures>& cells, const SchoolProfile& profile,
    const MetricLayout& layout, const Error& tooSmall)
{
    const QList<CellKey> expected = releaseCells(profile);
    if (cells.size() != expected.size())
        return damaged();
    QList<CellFigures> out;
    out.reserve(expected.size());
    for (int i = 0; i < cells.size(); ++i) {
        auto cell = readFigures(cells[i]);
        if (!cell || !(cell->cell == expected[i])
            || cell->metrics.size() != layout.metrics().size())
            return damaged();
        for (int j = 0; j < cell->metrics.size(); ++j) {
            const MetricFigure& f = cell->metrics[j];
            if (f.metric != j)
                return damaged();
            // Defence in depth: a released figure names at least k contributors, whatever else.
            if (f.released() && f.contributors < minGroupFor(layout.metrics()[j], profile.rules))
                return tooSmall;
        }
        out.append(*cell);
    }
    return out;
}

} // namespace kw::exchange
