#pragma once

#include "secrets/secretstore.h"

#include <memory>

namespace seg {

// The system keychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain, under the service name "Segmentor". Never falls
// back to a plain-text file: where no keychain answers, available() is false and writes fail.
// Without QtKeychain at build time the store is never available.
std::unique_ptr<SecretStore>
makeSystemSecretStore(const QString &service = QStringLiteral("Segmentor"));

} // namespace seg
