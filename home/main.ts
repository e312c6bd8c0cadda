import { createApp } from 'vue'
import CourseHome from '../components/CourseHome.vue'
import '../styles/index.css'
import './home.css'

createApp(CourseHome).mount('#app')
