// Shows the upload's progress for large population files: sends the form with XMLHttpRequest and shows
// the server's answer (the column-mapping step or the errors) as the page. Without JavaScript the form
// is sent as usual.
(function () {
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var group = document.getElementById('upload-progress-group');
    var bar = document.getElementById(form.getAttribute('data-progress'));
    group.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
      }
    });
    // Sent: the server now reads and checks the file, which takes a while for a large one.
    xhr.upload.addEventListener('load', function () {
      var label = document.getElementById('upload-progress-label');
      if (label && form.getAttribute('data-reading')) {
        label.textContent = form.getAttribute('data-reading');
      }
      bar.removeAttribute('value');
    });
    xhr.addEventListener('load', function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.send(new FormData(form));
  });
})();
