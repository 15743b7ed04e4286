// Shows this node's health next to its link, so the landing page doubles as a quick check.
(async function () {
  const status = document.getElementById("health-status");
  try {
    const response = await fetch("api/health", { headers: { Accept: "application/json" } });
    const health = await response.json();
    status.textContent = health.status;
    status.className = "status " + health.status.toLowerCase();
    document.getElementById("version").textContent = health.version;
  } catch (e) {
    status.textContent = "unreachable";
    status.className = "status down";
  }
})();
