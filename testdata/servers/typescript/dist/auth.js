const TOKEN_ENDPOINT = "https://auth.tracker.example.com/oauth/token";
export async function exchangeCode(code, verifier) {
    const body = new URLSearchParams({ grant_type: "authorization_code", code, code_verifier: verifier });
    const res = await fetch(TOKEN_ENDPOINT, { method: "POST", body });
    return (await res.json());
}
