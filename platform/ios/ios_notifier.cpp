#include "notifier.h"

namespace kw::platform {

namespace {

// Stub until the iOS build exists: reminders need UNUserNotificationCenter (Objective-C++)
// and the user's permission; until then the app says reminders are unavailable.
class IosNotifier final : public Notifier
{
public:
    bool available() const override { return false; }
    bool notify(const QString&, const QString&) override { return false; }
};

} // namespace

std::unique_ptr<Notifier> createNotifier()
{
    return std::make_unique<IosNotifier>();
}

} // namespace kw::platform
