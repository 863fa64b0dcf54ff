#pragma once

#include <QByteArray>

namespace seg {

struct ApiLimits;

// The OpenAPI 3.0 description of the REST API (GET /v1/openapi.json).
class OpenApiSpec
{
public:
    static QByteArray json(const ApiLimits &limits);
};

} // namespace seg
