/** Admin (built out by the admin work): users and roles, API tokens, the audit log. */
export function AdminPage() {
  return (
    <main>
      <h1>Admin</h1>
    </main>
  );
}
