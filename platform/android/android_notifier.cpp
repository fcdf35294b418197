#include "notifier.h"

namespace kw::platform {

namespace {

// Stub until the Android build exists: reminders need a NotificationChannel and the
// POST_NOTIFICATIONS permission through QJniObject; until then the app says reminders are
// unavailable instead of failing silently.
class AndroidNotifier final : public Notifier
{
public:
    bool available() const override { return false; }
    bool notify(const QString&, const QString&) override { return false; }
};

} // namespace

std::unique_ptr<Notifier> createNotifier()
{
    return std::make_unique<AndroidNotifier>();
}

} // namespace kw::platform
