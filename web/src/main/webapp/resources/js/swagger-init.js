// Starts Swagger UI on the live MicroProfile OpenAPI document (kept out of the page: the CSP forbids inline code).
window.addEventListener("load", function () {
    var root = document.getElementById("swagger-ui");
    window.ui = SwaggerUIBundle({
        url: root.getAttribute("data-spec-url"),
        dom_id: "#swagger-ui",
        deepLinking: true,
        withCredentials: true
    });
});
