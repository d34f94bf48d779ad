// Fetches from the server's JSON API; failures carry the RFC 9457 problem details.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    if (problem?.errors) problem.detail = Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ');
    throw new ApiError(response.status, problem);
  }
  return response.json();
}
