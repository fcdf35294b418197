#include "services/singletons.h"

namespace kw {

Services& Services::current()
{
    static Services services;
    return services;
}

} // namespace kw
