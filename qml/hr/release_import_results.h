#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * What HR's imports of release files did, a row each, newest first. Rows: fileName, stored
 * (the figures are in HR's database now, or were already), headline (one line: "Release 2 of
 * 2026-2027/1of6: 98 figures released, 12 withheld" or why it was refused), nextStep (what to do
 * about a refusal; empty when stored).
 */
class ReleaseImportResults : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReleaseImportDesk.results")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { FileNameRole = Qt::UserRole + 1, StoredRole, HeadlineRole, NextStepRole };

    struct Row
    {
        QString fileName;
        bool stored = false;
        QString headline;
        QString nextStep;
    };

    explicit ReleaseImportResults(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    /** Puts @p rows above the earlier ones, in their order. */
    void prepend(const QList<Row>& rows);
    /** Row @p row's value of role @p roleName (for tests). */
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace kw
