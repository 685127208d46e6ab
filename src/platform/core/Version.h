#pragma once
namespace crm {
inline constexpr const char *kVersion = CRM_VERSION;
}
