// Trang chủ: opens the ranking page of the campaign typed in.
document.getElementById('go').addEventListener('submit', event => {
  event.preventDefault();
  const id = document.getElementById('go-campaign').value.trim();
  if (id) location.assign('/trang/xep-hang/' + encodeURIComponent(id));
});
