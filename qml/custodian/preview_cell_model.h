#pragma once

#include "custodian/release_preview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The cells of a release preview (custodian::ReleasePreview), a row each, in file order. Counts
 * only. Rows: name ("Team: Bovenbouw"), dimension ("school", "team", …), contributions,
 * released and figures (how many of the cell's figures pass), allReleased, groups (per metric
 * group: { name, contributors, figures, released }) and withheld (per reason: { reason, count,
 * metrics }, metrics the withheld figures' labels, comma-separated).
 */
class PreviewCellModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeriodRelease.cells")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DimensionRole,
        ContributionsRole,
        ReleasedRole,
        FiguresRole,
        AllReleasedRole,
        GroupsRole,
        WithheldRole,
    };

    explicit PreviewCellModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Shows @p cells (none: empty). */
    void reset(const QList<custodian::PreviewCell>& cells);
    /** Row @p row's value of role @p roleName (for tests). */
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

private:
    QList<custodian::PreviewCell> m_cells;
};

} // namespace kw
