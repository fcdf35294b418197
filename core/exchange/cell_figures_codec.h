#pragma once

#include "common/result.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "kernwijzer/v1/release.pb.h"

#include <QList>

// The cells of a release and of an aggregate travel alike (release.proto, CellFigures): exactly
// the cells of releaseCells(profile), in order, each with one figure per layout metric. One
// writer and one strict reader for both.

namespace kw::exchange {

/** Appends @p cells to @p out; a withheld figure is written as its reason and nothing else. */
void writeCellFigures(const QList<CellFigures>& cells,
    google::protobuf::RepeatedPtrField<::kernwijzer::v1::CellFigures>* out);

/**
 * Reads the cells of a file made for @p profile strictly: every cell of releaseCells() once and
 * in order, one figure per metric of @p layout in order, each either withheld with nothing but
 * its reason or released with at least the profile's k for its metric (minGroupFor()).
 * Damaged on any other shape; @p tooSmall for a released figure of fewer than k contributors.
 */
[[nodiscard]] Result<QList<CellFigures>> readCellFigures(
    const google::protobuf::RepeatedPtrField<::kernwijzer::v1::CellFigures>& cells,
    const SchoolProfile& profile, const MetricLayout& layout, const Error& tooSmall);

} // namespace kw::exchange
