#pragma once

#include <QString>
#include <memory>

namespace kw::platform {

/** Shows a short notification to the user outside the app's window (reminders). */
class Notifier
{
public:
    virtual ~Notifier() = default;
    /** Whether this device can show notifications now (a tray, a permission, …). */
    virtual bool available() const = 0;
    /** Shows @p title and @p body; false when it could not. Never pass journal text or scores. */
    virtual bool notify(const QString& title, const QString& body) = 0;
};

/** The notifier for the platform this binary was built for (desktop: the system tray). */
std::unique_ptr<Notifier> createNotifier();

/** A test double that records what it was asked to show. */
class RecordingNotifier final : public Notifier
{
public:
    struct Shown
    {
        QString title;
        QString body;
    };
    bool available() const override { return true; }
    bool notify(const QString& title, const QString& body) override
    {
        shown.push_back({ title, body });
        return true;
    }
    std::vector<Shown> shown;
};

} // namespace kw::platform
