#pragma once

#include "release_import_results.h"
#include "services/hr_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * HR's import of the custodian's releases (ReleaseImportPage), over hr::importRelease(): the
 * files HR dropped or chose, each checked and stored on its own (a refused one changes nothing
 * and says what to do next), and the releases HR's database holds. Calls Hr.notifyChanged()
 * when one was stored.
 */
class ReleaseImportDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(kw::ReleaseImportResults* results READ results CONSTANT)
    /** The releases in HR's database, newest period first: { period, number, imported }. */
    Q_PROPERTY(QVariantList imported READ imported NOTIFY importedChanged)
    /** Why nothing can be imported now (the database or the key); empty when all is well. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY importedChanged)

public:
    explicit ReleaseImportDesk(QObject* parent = nullptr);

    HrDesk* desk() const { return m_desk; }
    void setDesk(HrDesk* desk);
    ReleaseImportResults* results() const { return m_results; }
    QVariantList imported() const { return m_imported; }
    QString errorText() const { return m_error; }

    /**
     * Imports the release files @p urls (file: URLs; a folder: every .kwvrijgave in it, by
     * name), each on its own; false when any was refused (results says why).
     */
    Q_INVOKABLE bool importFiles(const QList<QUrl>& urls);

signals:
    void deskChanged();
    void importedChanged();

private:
    void readImported();

    QPointer<HrDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    ReleaseImportResults* m_results;
    QVariantList m_imported;
    QString m_error;
};

} // namespace kw
