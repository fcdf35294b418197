#pragma once

#include "app_journal.h"

#include <QAbstractItemModelTester>

namespace kw::test {

/** A model of type M over @p journal with a Fatal tester attached before the journal is set. */
template <typename M> struct Tested
{
    M model;
    QAbstractItemModelTester tester { &model,
        QAbstractItemModelTester::FailureReportingMode::Fatal };

    explicit Tested(AppJournal& journal) { model.setJournal(&journal.service()); }

    QVariant at(int row, int role) const { return model.data(model.index(row, 0), role); }
};

} // namespace kw::test
