#pragma once

#include "services/exchange_service.h"
#include "teacher/teacher_exchange.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Every number one period's contribution would take off the device, a row each, and the export
 * that writes them (split and sealed) to a file the teacher chooses. Rows: label, value ("—"
 * when absent), present, section ("wellbeing", "kernwaarden", or the choice list's question).
 */
class ContributionPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::ExchangeService* exchange READ exchange WRITE setExchange NOTIFY exchangeChanged
            REQUIRED)
    Q_PROPERTY(QString periodId READ periodId WRITE setPeriodId NOTIFY periodIdChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY refreshed)
    /** "Bovenbouw · Leraar · 45–54", or that none was given. */
    Q_PROPERTY(QString cohortText READ cohortText NOTIFY refreshed)
    Q_PROPERTY(int revision READ revision NOTIFY refreshed)
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY refreshed)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role { LabelRole = Qt::UserRole + 1, ValueRole, PresentRole, SectionRole };

    explicit ContributionPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ExchangeService* exchange() const { return m_exchange; }
    void setExchange(ExchangeService* exchange);
    QString periodId() const { return m_periodId; }
    void setPeriodId(const QString& id);
    QString periodLabel() const { return m_preview ? m_preview->period.label() : QString(); }
    QString cohortText() const;
    int revision() const { return m_preview ? int(m_preview->plain.revision) : 0; }
    QUrl suggestedFile() const;
    QString writtenPath() const { return m_written; }
    /** Why the last export failed, else why there is no preview; empty when all is well. */
    QString errorText() const { return m_error.isEmpty() ? m_previewError : m_error; }

    /** Writes the contribution to @p file (a file: URL); false with errorText when refused. */
    Q_INVOKABLE bool exportTo(const QUrl& file);

signals:
    void exchangeChanged();
    void periodIdChanged();
    void refreshed();
    void finished();
    void errorTextChanged();

private:
    void refresh();

    QPointer<ExchangeService> m_exchange;
    QString m_periodId;
    std::optional<exchange::ContributionPreview> m_preview;
    QString m_written;
    QString m_error; ///< of the last export
    QString m_previewError;
};

} // namespace kw
