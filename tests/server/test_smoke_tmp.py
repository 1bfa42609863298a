def test_key(server, new_user):
    c = new_user()
    r = c.get("/v1/health")
    assert r.status_code == 200
    r = c.post("/v1/admin/api-keys", json={"user_id": "x", "name": "y"})
    assert r.status_code == 403, r.text
