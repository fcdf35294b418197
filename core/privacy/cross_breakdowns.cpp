#include "privacy/cross_breakdowns.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace kw::privacy::detail {

namespace {

/** The graph of two breakdowns: which vertex each slot is, and the weights between them. */
struct PairGraph
{
    QList<int> vertexOf[2]; ///< per breakdown, per slot; a withheld slot is its side's shared one
    QList<QList<qint64>> weight; ///< symmetric, vertices × vertices
    QList<int> slotOf; ///< per vertex: its slot when it is a released cell, -1 for "withheld"
    QList<int> sideOf; ///< per vertex: 0 or 1
};

PairGraph graphOf(const QList<Slot>& a, const QList<Slot>& b, const QList<SlotAtom>& atoms,
    qsizetype ia, qsizetype ib)
{
    PairGraph g;
    const QList<Slot>* rows[2] = { &a, &b };
    for (int side = 0; side < 2; ++side) {
        int withheld = -1;
        for (qsizetype s = 0; s < rows[side]->size(); ++s) {
            if ((*rows[side])[s].released()) {
                g.vertexOf[side].append(int(g.slotOf.size()));
                g.slotOf.append(int(s));
                g.sideOf.append(side);
            } else {
                if (withheld < 0) {
                    withheld = int(g.slotOf.size());
                    g.slotOf.append(-1);
                    g.sideOf.append(side);
                }
                g.vertexOf[side].append(withheld);
            }
        }
    }
    const qsizetype n = g.slotOf.size();
    g.weight = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    for (const SlotAtom& atom : atoms) {
        if (atom.count == 0)
            continue;
        const int u = g.vertexOf[0][atom.cellSlots[ia]];
        const int v = g.vertexOf[1][atom.cellSlots[ib]];
        g.weight[u][v] += atom.count;
        g.weight[v][u] += atom.count;
    }
    return g;
}

/** The lightest cut of the connected graph on @p vertices (Stoer–Wagner): weight and one side. */
std::pair<qint64, QList<int>> minimumCut(
    const QList<QList<qint64>>& all, const QList<int>& vertices)
{
    constexpr qint64 gone = std::numeric_limits<qint64>::min() / 4;
    const qsizetype n = vertices.size();
    QList<QList<qint64>> mat(n, QList<qint64>(n, 0));
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < n; ++j)
            mat[i][j] = all[vertices[i]][vertices[j]];
    QList<QList<int>> merged(n);
    for (qsizetype i = 0; i < n; ++i)
        merged[i] = { vertices[i] };
    std::pair<qint64, QList<int>> best { std::numeric_limits<qint64>::max(), {} };
    for (qsizetype phase = 1; phase < n; ++phase) {
        QList<qint64> w = mat[0];
        qsizetype s = 0, t = 0;
        for (qsizetype it = 0; it < n - phase; ++it) {
            w[t] = gone;
            s = t;
            t = std::max_element(w.cbegin(), w.cend()) - w.cbegin();
            for (qsizetype i = 0; i < n; ++i)
                w[i] += mat[t][i];
        }
        const qint64 cut = w[t] - mat[t][t];
        if (cut < best.first)
            best = { cut, merged[t] };
        merged[s] += merged[t];
        for (qsizetype i = 0; i < n; ++i)
            mat[s][i] += mat[t][i];
        for (qsizetype i = 0; i < n; ++i)
            mat[i][s] = mat[s][i];
        mat[0][t] = gone;
    }
    return best;
}

/** A cut lighter than k in the graph of two breakdowns: its component and one side. */
struct WeakCut
{
    QList<int> component;
    QList<int> side;
};

std::optional<WeakCut> weakCut(const PairGraph& g, int k)
{
    const qsizetype n = g.slotOf.size();
    QList<int> componentOf(n, -1);
    for (qsizetype start = 0; start < n; ++start) {
        if (componentOf[start] >= 0)
            continue;
        QList<int> component { int(start) };
        componentOf[start] = int(start);
        for (qsizetype i = 0; i < component.size(); ++i) {
            for (qsizetype v = 0; v < n; ++v) {
                if (g.weight[component[i]][v] > 0 && componentOf[v] < 0) {
                    componentOf[v] = int(start);
                    component.append(int(v));
                }
            }
        }
        if (component.size() < 2)
            continue;
        auto [weight, side] = minimumCut(g.weight, component);
        if (weight < k)
            return WeakCut { component, side };
    }
    return std::nullopt;
}

/** Withholds slot @p slot of breakdown @p b of @p rows and settles that breakdown again. */
void withhold(QList<QList<Slot>>& rows, qsizetype b, int slot, int school, int k)
{
    rows[b][slot].reason = Reason::CrossesBreakdown;
    settleBreakdown(rows[b], school, k);
}

/**
 * Which cell to withhold for @p cut between breakdowns @p ia and @p ib: the smallest one whose
 * withholding alone leaves no cut lighter than k between the two; failing that, the smallest
 * cell with an edge across the cut; failing that, the smallest cell of its component.
 */
std::pair<qsizetype, int> cellToWithhold(const QList<QList<Slot>>& rows, const PairGraph& g,
    const WeakCut& cut, const QList<SlotAtom>& atoms, qsizetype ia, qsizetype ib, int school, int k)
{
    QList<int> candidates;
    for (int v : cut.component) {
        if (g.slotOf[v] >= 0)
            candidates.append(v);
    }
    const auto breakdownOf = [&](int v) { return g.sideOf[v] == 0 ? ia : ib; };
    const auto countOf = [&](int v) { return rows[breakdownOf(v)][g.slotOf[v]].count; };
    std::stable_sort(candidates.begin(), candidates.end(),
        [&](int x, int y) { return countOf(x) < countOf(y); });
    for (int v : candidates) {
        QList<QList<Slot>> trial = rows;
        withhold(trial, breakdownOf(v), g.slotOf[v], school, k);
        if (!weakCut(graphOf(trial[ia], trial[ib], atoms, ia, ib), k))
            return { breakdownOf(v), g.slotOf[v] };
    }
    for (int v : candidates) {
        for (int u : cut.component) {
            if (g.weight[v][u] > 0 && cut.side.contains(v) != cut.side.contains(u))
                return { breakdownOf(v), g.slotOf[v] };
        }
    }
    Q_ASSERT(!candidates.isEmpty());
    return { breakdownOf(candidates.first()), g.slotOf[candidates.first()] };
}

} // namespace

// Termination: each round withholds one more cell and nothing is released again. When every
// cell of both breakdowns is withheld, the graph is their two shared vertices, whose one cut
// weighs the school (released, so at least k): a weak cut always has a released cell in its
// component to withhold.
void settleAcrossBreakdowns(
    QList<QList<Slot>>& rows, const QList<SlotAtom>& atoms, int school, int k)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype ia = 0; ia < rows.size() && !changed; ++ia) {
            for (qsizetype ib = ia + 1; ib < rows.size() && !changed; ++ib) {
                const PairGraph g = graphOf(rows[ia], rows[ib], atoms, ia, ib);
                const auto cut = weakCut(g, k);
                if (!cut)
                    continue;
                const auto [b, slot] = cellToWithhold(rows, g, *cut, atoms, ia, ib, school, k);
                withhold(rows, b, slot, school, k);
                changed = true;
            }
        }
    }
}

} // namespace kw::privacy::detail
