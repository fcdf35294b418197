#pragma once

#include "custodian/release_preview.h"
#include "preview_cell_model.h"
#include "services/custodian_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kw {

/**
 * The custodian's release of one closed period (ReleasePage), over custodian_release.h: the
 * periods the database knows, the preview of the next release of the chosen one (counts only),
 * then the check round with HR (write the .kwcontrole, read HR's .kwuitslag) and Vrijgeven,
 * which writes the signed .kwvrijgave. Every rule is core's; this only calls it and says
 * what it answered. Re-reads whenever Custodian.changed() is emitted.
 */
class PeriodRelease : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::CustodianDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** Per period, newest first: { period, kept, late, releases }. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY refreshed)
    /** The chosen period; the newest one until chosen. */
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY refreshed)
    /** The releases made of the chosen period: { number, made, contributions }. */
    Q_PROPERTY(QVariantList releases READ releases NOTIFY refreshed)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY refreshed)
    /** Why there is no release to make now ("has not closed yet", "nothing arrived since"). */
    Q_PROPERTY(QString noPreviewText READ noPreviewText NOTIFY refreshed)
    Q_PROPERTY(int releaseNumber READ releaseNumber NOTIFY refreshed)
    Q_PROPERTY(int contributions READ contributions NOTIFY refreshed)
    Q_PROPERTY(int awaitingCheck READ awaitingCheck NOTIFY refreshed)
    Q_PROPERTY(int refusedByHr READ refusedByHr NOTIFY refreshed)
    Q_PROPERTY(int releasedFigures READ releasedFigures NOTIFY refreshed)
    Q_PROPERTY(int withheldFigures READ withheldFigures NOTIFY refreshed)
    Q_PROPERTY(bool publishesAnything READ publishesAnything NOTIFY refreshed)
    Q_PROPERTY(bool checked READ checked NOTIFY refreshed)
    /** Whether a check request can be written now (parts wait, and it would publish). */
    Q_PROPERTY(bool canCheck READ canCheck NOTIFY refreshed)
    /** Whether Vrijgeven can go ahead now; releaseBlockedText says why not. */
    Q_PROPERTY(bool canRelease READ canRelease NOTIFY refreshed)
    Q_PROPERTY(QString releaseBlockedText READ releaseBlockedText NOTIFY refreshed)
    Q_PROPERTY(QUrl suggestedCheckFile READ suggestedCheckFile NOTIFY refreshed)
    Q_PROPERTY(QUrl suggestedReleaseFile READ suggestedReleaseFile NOTIFY refreshed)
    Q_PROPERTY(kw::PreviewCellModel* cells READ cells CONSTANT)
    /** What the last action did; empty before the first. */
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageChanged)
    /** Why the last action was refused, or why the database cannot be read. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)

public:
    explicit PeriodRelease(QObject* parent = nullptr);
    ~PeriodRelease() override;

    CustodianDesk* desk() const { return m_desk; }
    void setDesk(CustodianDesk* desk);
    QVariantList periods() const { return m_periods; }
    QString period() const { return m_period; }
    void setPeriod(const QString& period);
    QVariantList releases() const { return m_releases; }
    bool hasPreview() const { return m_preview.has_value(); }
    QString noPreviewText() const { return m_noPreview; }
    int releaseNumber() const { return m_preview ? m_preview->releaseNumber : 0; }
    int contributions() const { return m_preview ? m_preview->contributions : 0; }
    int awaitingCheck() const { return m_preview ? m_preview->awaitingCheck : 0; }
    int refusedByHr() const { return m_preview ? m_preview->refusedByHr : 0; }
    int releasedFigures() const { return m_preview ? m_preview->releasedFigures() : 0; }
    int withheldFigures() const { return m_preview ? m_preview->withheldFigures() : 0; }
    bool publishesAnything() const { return m_preview && m_preview->publishesAnything; }
    bool checked() const { return m_preview && m_preview->checked(); }
    bool canCheck() const;
    bool canRelease() const { return m_preview && releaseBlockedText().isEmpty(); }
    QString releaseBlockedText() const;
    QUrl suggestedCheckFile() const;
    QUrl suggestedReleaseFile() const;
    PreviewCellModel* cells() const { return m_cells; }
    QString messageText() const { return m_message; }
    QString errorText() const { return m_error; }

    /** Reads the periods and the preview of the chosen one again. */
    Q_INVOKABLE void refresh();
    /** Writes the check request for HR to @p file (.kwcontrole); false with errorText. */
    Q_INVOKABLE bool writeCheckRequest(const QUrl& file);
    /** Records HR's answers @p files (.kwuitslag), each on its own; false when one was refused. */
    Q_INVOKABLE bool readCheckAnswers(const QList<QUrl>& files);
    /** Vrijgeven: signs and writes the release to @p file (.kwvrijgave); false with errorText. */
    Q_INVOKABLE bool release(const QUrl& file);

signals:
    void deskChanged();
    void refreshed();
    void messageChanged();

private:
    bool fail(const QString& message);
    void succeed(const QString& message);
    const exchange::KeySet* unlockedKeys();
    std::optional<custodian::PeriodDraft> m_draft;

    QPointer<CustodianDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    PreviewCellModel* m_cells;
    QVariantList m_periods;
    QString m_period;
    bool m_periodChosen = false;
    QVariantList m_releases;
    std::optional<custodian::ReleasePreview> m_preview;
    QString m_noPreview;
    QString m_message;
    QString m_error;
};

} // namespace kw
